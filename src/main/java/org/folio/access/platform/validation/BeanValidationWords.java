package org.folio.access.platform.validation;

import com.networknt.schema.ValidationMessage;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.folio.access.platform.errors.JsonApiError.Violation;

/**
 * Schema problems in the words of Java bean validation, which clients of the eholdings interface check:
 * a missing property "must not be null", a list too long "size must be between 0 and 20", a list item
 * off its pattern "elements in list must match pattern". Keys are JSON paths ("data.attributes.name").
 * Values are not echoed, except the "null" of a missing property.
 */
public final class BeanValidationWords {
  private static final String INTEGER_MAX = String.valueOf(Integer.MAX_VALUE);

  private BeanValidationWords() {}

  /** One violation per field and rule, in field order. */
  public static List<Violation> of(Collection<ValidationMessage> problems) {
    return problems.stream().map(BeanValidationWords::of).distinct()
        .sorted(Comparator.comparing(Violation::key).thenComparing(Violation::message)).toList();
  }

  static Violation of(ValidationMessage m) {
    String key = SchemaValidator.fieldOf(m);
    return switch (Objects.toString(m.getType(), "")) {
      case "required" -> new Violation(key, "null", "must not be null");
      case "maxItems", "maxLength" -> new Violation(key, null, "size must be between 0 and " + argument(m));
      case "minItems", "minLength" -> new Violation(key, null, "size must be between " + argument(m) + " and " + INTEGER_MAX);
      case "pattern" -> key.endsWith("]")
          ? new Violation(key.substring(0, key.lastIndexOf('[')), null, "elements in list must match pattern")
          : new Violation(key, null, "must match \"" + argument(m) + "\"");
      case "minimum" -> new Violation(key, null, "must be greater than or equal to " + argument(m));
      case "maximum" -> new Violation(key, null, "must be less than or equal to " + argument(m));
      default -> new Violation(key, null, m.getError());
    };
  }

  private static String argument(ValidationMessage m) {
    Object[] arguments = m.getArguments();
    return arguments == null || arguments.length == 0 ? "" : String.valueOf(arguments[0]);
  }
}

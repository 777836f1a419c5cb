package org.folio.access.platform.cql;

import java.util.Locale;
import java.util.Set;

/**
 * The relation modifiers of one search clause ({@code name ==/respectCase/string x}). By default
 * text matches ignore case and accents and {@code *}, {@code ?} are wildcards ({@code /masked}).
 *
 * @param respectCase {@code /respectCase} (undone by {@code /ignoreCase})
 * @param respectAccents {@code /respectAccents} (undone by {@code /ignoreAccents})
 * @param as {@code /number} or {@code /string}: how to compare, else the field's own type
 */
record CqlModifiers(boolean respectCase, boolean respectAccents, As as) {

  /** How the value is compared. */
  enum As { FIELD_TYPE, NUMBER, STRING }

  static final CqlModifiers NONE = new CqlModifiers(false, false, As.FIELD_TYPE);

  private static final String SUPPORTED =
      "/respectCase, /ignoreCase, /respectAccents, /ignoreAccents, /masked, /number, /string";
  private static final Set<String> NOT_SUPPORTED =
      Set.of("unmasked", "regexp", "substring", "honorwhitespace", "locale", "word", "stem",
          "relevant", "fuzzy", "phonetic", "partial");

  /**
   * Parses modifiers written after a relation, such as {@code /respectCase/number}; the text
   * starts with a slash and may contain spaces around the slashes.
   */
  static CqlModifiers parse(String text, String relation, int position) throws CqlException {
    CqlModifiers result = NONE;
    String[] names = text.strip().substring(1).split("/", -1);
    for (String raw : names) {
      String name = raw.strip();
      if (name.isEmpty()) {
        throw new CqlException("The relation '" + relation + "' at position " + position
            + " has an empty modifier in '" + text.strip() + "'");
      }
      result = result.with(name, relation, position);
    }
    return result;
  }

  private CqlModifiers with(String name, String relation, int position) throws CqlException {
    String lower = name.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "respectcase" -> new CqlModifiers(true, respectAccents, as);
      case "ignorecase" -> new CqlModifiers(false, respectAccents, as);
      case "respectaccents" -> new CqlModifiers(respectCase, true, as);
      case "ignoreaccents" -> new CqlModifiers(respectCase, false, as);
      case "masked" -> this;
      case "number" -> comparedAs(As.NUMBER, name, relation, position);
      case "string" -> comparedAs(As.STRING, name, relation, position);
      default -> throw unsupported(name, lower, relation, position);
    };
  }

  private CqlModifiers comparedAs(As wanted, String name, String relation, int position)
      throws CqlException {
    if (as != As.FIELD_TYPE && as != wanted) {
      throw new CqlException("The relation '" + relation + "' at position " + position
          + " has both /number and /string; use one of them");
    }
    return new CqlModifiers(respectCase, respectAccents, wanted);
  }

  private static CqlException unsupported(String name, String lower, String relation,
      int position) {
    String what = NOT_SUPPORTED.contains(lower) ? "is not supported" : "is unknown";
    return new CqlException("The relation modifier '/" + name + "' of '" + relation
        + "' at position " + position + " " + what + "; supported: " + SUPPORTED);
  }
}

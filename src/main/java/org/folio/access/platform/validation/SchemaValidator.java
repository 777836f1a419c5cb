package org.folio.access.platform.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.folio.access.platform.errors.InvalidFields;

/** Validates JSON documents against the draft-04 schemas of ramls/ (from the classpath), compiled once each. */
public final class SchemaValidator {
  /** Draft-04, knowing the code generator's own keywords (existingJavaType, javaType) as ones that do not validate. */
  private static final JsonMetaSchema META = JsonMetaSchema.builder(JsonMetaSchema.getV4())
      .keyword(new NonValidationKeyword("existingJavaType")).keyword(new NonValidationKeyword("javaType")).build();
  private final JsonSchemaFactory factory = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
      .metaSchema(META).defaultMetaSchemaIri(META.getIri()).build();
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

  /** Compiles (and caches) a schema such as "ramls/schemas/loan.json"; fails at once when it is broken. */
  public JsonSchema schema(String file) {
    return schemas.computeIfAbsent(file, f -> {
      JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:" + f));
      schema.initializeValidators();
      return schema;
    });
  }

  /** Problems of the document, empty when it fits. */
  public Set<ValidationMessage> problems(String file, JsonNode document) {
    return schema(file).validate(document);
  }

  /** Fails with a 422 naming every offending field (in name order, one message each) when the document does not fit. */
  public void require(String file, JsonNode document) {
    Set<ValidationMessage> problems = problems(file, document);
    if (problems.isEmpty()) {
      return;
    }
    Map<String, InvalidFields.Problem> byField = new LinkedHashMap<>();
    problems.stream()
        .sorted(Comparator.comparing((ValidationMessage m) -> fieldOf(m)).thenComparing(ValidationMessage::getMessage))
        .forEach(m -> byField.computeIfAbsent(fieldOf(m), field -> {
          JsonNode value = m.getInstanceNode();
          return new InvalidFields.Problem(field, value == null || value.isContainerNode() ? null : value.asText(),
              field + ": " + m.getError());
        }));
    if (!byField.isEmpty()) {
      throw new InvalidFields(List.copyOf(byField.values()), BeanValidationWords.of(problems));
    }
  }

  /** "patron.id" style name of the field a message is about; for a missing property, that property. */
  static String fieldOf(ValidationMessage m) {
    String location = m.getInstanceLocation().toString();
    String path = location.equals("$") ? "" : location.replaceFirst("^\\$\\.?", "");
    if ("required".equals(m.getType()) && m.getProperty() != null) {
      return path.isEmpty() ? m.getProperty() : path + "." + m.getProperty();
    }
    return path.isEmpty() ? "body" : path;
  }
}

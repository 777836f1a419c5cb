package org.folio.access.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.json.Json;
import org.folio.access.platform.validation.SchemaValidator;

/** Parses a JSON request body, validates it against its schema, and binds it to its generated class. */
public final class BodyReader {
  private final SchemaValidator validator;

  public BodyReader(SchemaValidator validator) {
    this.validator = validator;
  }

  public SchemaValidator validator() {
    return validator;
  }

  public <T> T read(Buffer body, String schemaFile, Class<T> type) {
    JsonNode document = parse(body);
    validator.require(schemaFile, document);
    try {
      return Json.mapper().treeToValue(document, type);
    } catch (JsonProcessingException e) {
      throw ApiError.invalid("body", null, "Body does not fit " + type.getSimpleName() + ": " + e.getOriginalMessage());
    }
  }

  static JsonNode parse(Buffer body) {
    if (body == null || body.length() == 0) {
      throw ApiError.badRequest("MISSING_BODY", "A JSON request body is required", "body", null);
    }
    try {
      JsonNode node = Json.mapper().readTree(body.getBytes());
      if (node == null || node.isMissingNode()) {
        throw ApiError.badRequest("MISSING_BODY", "A JSON request body is required", "body", null);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("MALFORMED_JSON", "Malformed JSON: " + e.getOriginalMessage(), "body", null);
    } catch (IOException e) {
      throw ApiError.badRequest("MALFORMED_JSON", "Unreadable body: " + e.getMessage(), "body", null);
    }
  }
}

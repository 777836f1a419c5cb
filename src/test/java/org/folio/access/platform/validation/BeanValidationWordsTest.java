package org.folio.access.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.folio.access.platform.errors.ErrorBodies;
import org.folio.access.platform.errors.InvalidFields;
import org.folio.access.platform.errors.JsonApiError.Violation;
import org.folio.access.platform.json.Json;
import org.junit.jupiter.api.Test;

class BeanValidationWordsTest {
  private static final SchemaValidator VALIDATOR = new SchemaValidator();

  private static List<Violation> violations(String schema, String document) throws Exception {
    JsonNode node = Json.mapper().readTree(document);
    return BeanValidationWords.of(VALIDATOR.problems("ramls/schemas/" + schema, node));
  }

  @Test
  void aMissingPropertyMustNotBeNullAndIsNamedByItsPath() throws Exception {
    assertEquals(List.of(new Violation("data.attributes", "null", "must not be null")),
        violations("uc-settings-request.json", "{\"data\":{\"type\":\"ucSettings\"}}"));
  }

  @Test
  void aListTooLongHasTheSizeOfBeanValidation() throws Exception {
    String ids = String.join(",", java.util.Collections.nCopies(21, "\"1-2\""));
    assertEquals(List.of(new Violation("packages", null, "size must be between 0 and 20")),
        violations("package-bulk-fetch-request.json", "{\"packages\":[" + ids + "]}"));
  }

  @Test
  void listItemsOffTheirPatternGiveOneViolationForTheList() throws Exception {
    assertEquals(List.of(new Violation("resources", null, "elements in list must match pattern")),
        violations("resource-bulk-fetch-request.json", "{\"resources\":[\"1-2\",\"x\",\"1-2-3\",\"y\"]}"));
  }

  @Test
  void theFolioAnswerStaysAndTheJsonApiAnswerCarriesMessageAndParameters() throws Exception {
    JsonNode node = Json.mapper().readTree("{\"type\":\"ucCredentials\",\"attributes\":{\"clientSecret\":\"s\"}}");
    InvalidFields error = assertThrows(InvalidFields.class, () -> VALIDATOR.require("ramls/schemas/uc-credentials-request.json", node));
    assertEquals("VALIDATION_ERROR", error.code());
    assertEquals("attributes.clientId", error.parameters().get(0).key());
    String body = Json.encode(ErrorBodies.jsonApi(error));
    assertEquals(Json.mapper().readTree("{\"errors\":[{\"title\":\"Invalid attributes.clientId\",\"detail\":\"attributes.clientId must not be null\","
        + "\"message\":\"must not be null\",\"parameters\":[{\"key\":\"attributes.clientId\",\"value\":\"null\"}],"
        + "\"source\":{\"pointer\":\"/attributes/clientId\"}}],\"jsonapi\":{\"version\":\"1.0\"}}"), Json.mapper().readTree(body));
  }
}

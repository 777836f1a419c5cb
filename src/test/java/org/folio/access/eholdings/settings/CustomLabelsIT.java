package org.folio.access.eholdings.settings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five custom labels of a knowledge base; a PUT replaces the set. */
class CustomLabelsIT {
  private static final String TENANT = "ehslabels";

  @BeforeAll
  static void enable() {
    TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
  }

  private static Map<String, Object> label(Object id, String displayLabel, boolean fullText, boolean publication) {
    Map<String, Object> attributes = new java.util.LinkedHashMap<>();
    attributes.put("id", id);
    if (displayLabel != null) {
      attributes.put("displayLabel", displayLabel);
    }
    attributes.put("displayOnFullTextFinder", fullText);
    attributes.put("displayOnPublicationFinder", publication);
    return Map.of("type", "customLabel", "attributes", attributes);
  }

  @SafeVarargs
  private static Map<String, Object> labels(Map<String, Object>... labels) {
    return Map.of("data", new ArrayList<>(List.of(labels)));
  }

  private static String path(String kb) {
    return "/eholdings/kb-credentials/" + kb + "/custom-labels";
  }

  @Test
  void aNewKnowledgeBaseHasNoLabelsInUse() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).get(path(kb)).then().statusCode(200).body("data", empty()).body("meta.totalResults", equalTo(0));
  }

  @Test
  void aPutSetsTheLabelsAndAnswersThem() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).body(labels(label(3, "Fund", false, false), label(1, "Department", true, false))).put(path(kb))
        .then().statusCode(200)
        .body("data.attributes.id", contains(1, 3))
        .body("data[0].type", equalTo("customLabel"))
        .body("data[0].attributes.displayLabel", equalTo("Department"))
        .body("data[0].attributes.displayOnFullTextFinder", equalTo(true))
        .body("meta.totalResults", equalTo(2));
    TestModule.as(TENANT).get(path(kb)).then().statusCode(200).body("data.attributes.displayLabel", contains("Department", "Fund"));
  }

  @Test
  void aNumericStringIdIsTakenAsItsNumberAsUiEholdingsSendsIt() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).body(labels(label("1", "Department", true, false), label("4", "Fund", false, true))).put(path(kb))
        .then().statusCode(200)
        .body("data.attributes.id", contains(1, 4))
        .body("data[1].attributes.displayLabel", equalTo("Fund"));
    TestModule.as(TENANT).get(path(kb)).then().body("data.attributes.id", contains(1, 4));
    TestModule.as(TENANT).body(labels(label("one", "Department", true, false))).put(path(kb)).then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("data[0].attributes.id"));
  }

  @Test
  void aPutReplacesTheWholeSet() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).body(labels(label(1, "Department", false, false), label(2, "Faculty", false, false))).put(path(kb))
        .then().statusCode(200);
    TestModule.as(TENANT).body(labels(label(2, "School", false, true))).put(path(kb)).then().statusCode(200);
    TestModule.as(TENANT).get(path(kb)).then().body("data.attributes.id", contains(2))
        .body("data[0].attributes.displayLabel", equalTo("School"))
        .body("data[0].attributes.displayOnPublicationFinder", equalTo(true));
    TestModule.as(TENANT).body(labels()).put(path(kb)).then().statusCode(200).body("data", empty());
  }

  @Test
  void idsAreOneToFiveAndUnique() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).body(labels(label(6, "Sixth", false, false))).put(path(kb)).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid Custom Label id"))
        .body("errors[0].detail", equalTo("Custom Label id should be in range 1 - 5"));
    TestModule.as(TENANT).body(labels(label(0, "Zeroth", false, false))).put(path(kb)).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid Custom Label id"));
    TestModule.as(TENANT).body(labels(label(2, "A", false, false), label(2, "B", false, false))).put(path(kb)).then()
        .statusCode(422).body("errors[0].title", equalTo("Invalid request body"))
        .body("errors[0].detail", equalTo("Each label in body must contain unique id"));
    TestModule.as(TENANT).body(labels(label("two", "A", false, false))).put(path(kb)).then().statusCode(422);
  }

  @Test
  void displayLabelsAreOneToFiftyCharacters() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).body(labels(label(1, "x".repeat(51), false, false))).put(path(kb)).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid Custom Label Name"))
        .body("errors[0].detail", equalTo("Custom Label Name is too long (maximum is 50 characters)"));
    TestModule.as(TENANT).body(labels(label(1, " ", false, false))).put(path(kb)).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid Custom Label Name"))
        .body("errors[0].detail", equalTo("Custom Label Name must not be empty"));
    TestModule.as(TENANT).body(labels(label(1, null, true, false))).put(path(kb)).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid Custom Label Name"));
    TestModule.as(TENANT).body(labels(label(1, "x".repeat(50), false, false))).put(path(kb)).then().statusCode(200);
    TestModule.as(TENANT).get(path(kb)).then().body("data[0].attributes.displayLabel", equalTo("x".repeat(50)));
  }

  @Test
  void theTopLevelLabelsAreThoseOfTheCallersKnowledgeBase() {
    TestModule.as(TENANT).body(labels(label(5, "Vendor note", false, false)))
        .put(path(KnowledgeBases.DEFAULT_ID)).then().statusCode(200);
    TestModule.as(TENANT).get("/eholdings/custom-labels").then().statusCode(200)
        .body("data.attributes.displayLabel", contains("Vendor note"));
  }

  @Test
  void theLabelsOfAnUnknownKnowledgeBaseAreNotFound() {
    TestModule.as(TENANT).body(labels(label(1, "A", false, false)))
        .put(path("44444444-4444-4444-8444-444444444444")).then().statusCode(404);
  }
}

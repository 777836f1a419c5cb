package org.folio.access.eholdings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.specification.RequestSpecification;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Content answers that must be those of the reference implementation (issue 8): a custom package PUT needs
 * isSelected, a blank coverage date has invalid format, custom title names are unique, an empty q with a tag or
 * access-type filter runs the filter alone, and a provider PUT may carry a numeric data.id.
 */
class ReferenceAnswersIT {
  private static final String TENANT = "ehreference";
  private static KnowledgeBase kb;
  private static long press;
  private static long journals;
  private static long journalOfEcology;

  @BeforeAll
  static void seed() {
    kb = KnowledgeBase.enable(TENANT);
    press = kb.provider("Ecology Press");
    journals = kb.managedPackage(press, "Ecology Journals", "E-Journal");
    long books = kb.managedPackage(press, "Ecology Books", "E-Book");
    journalOfEcology = kb.title("Journal of Ecology", "Journal", "Ecology Press", "0022-0477");
    kb.resource(press, journals, journalOfEcology, true);
    kb.run("UPDATE {schema}.packages SET access_type_id = $1 WHERE id = $2", kb.accessType("Subscribed"), books);
  }

  private static RequestSpecification api() {
    return TestModule.as(TENANT).contentType("application/vnd.api+json");
  }

  private static String customPackage(String name) {
    return api().body("{\"data\":{\"type\":\"packages\",\"attributes\":{\"name\":\"" + name + "\",\"contentType\":\"E-Book\"}}}")
        .post("/eholdings/packages").then().statusCode(200).extract().path("data.id");
  }

  private static String customTitle(String name, String packageId) {
    return "{\"data\":{\"type\":\"titles\",\"attributes\":{\"name\":\"" + name + "\",\"publicationType\":\"Book\"}},"
        + "\"included\":[{\"type\":\"resource\",\"attributes\":{\"packageId\":\"" + packageId + "\"}}]}";
  }

  @Test
  void aCustomPackagePutWithoutIsSelectedIsABadRequest() {
    String id = customPackage("Local maps");
    api().body("{\"data\":{\"type\":\"packages\",\"attributes\":{\"name\":\"Local maps and charts\",\"contentType\":\"E-Book\"}}}")
        .put("/eholdings/packages/" + id).then().statusCode(400)
        .body("errors[0].title", equalTo("Invalid isSelected"))
        .body("errors[0].detail", equalTo("isSelected must not be empty"));
    api().get("/eholdings/packages/" + id).then().body("data.attributes.name", equalTo("Local maps"));
  }

  @Test
  void aBlankBeginCoverageHasInvalidFormat() {
    String id = press + "-" + journals + "-" + journalOfEcology;
    api().body("{\"data\":{\"type\":\"resources\",\"attributes\":{\"isSelected\":true,"
            + "\"customCoverages\":[{\"beginCoverage\":\" \",\"endCoverage\":\"2005-12-31\"}]}}}")
        .put("/eholdings/resources/" + id).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid beginCoverage"))
        .body("errors[0].detail", equalTo("beginCoverage has invalid format. Should be YYYY-MM-DD"));
    api().body("{\"data\":{\"type\":\"resources\",\"attributes\":{\"isSelected\":true,"
            + "\"customCoverages\":[{\"beginCoverage\":\" \"}]}}}")
        .put("/eholdings/resources/" + id).then().statusCode(422)
        .body("errors[0].detail", equalTo("beginCoverage has invalid format. Should be YYYY-MM-DD"));
  }

  @Test
  void aSecondCustomTitleWithTheSameNameIsABadRequest() {
    String first = customPackage("Local birds");
    String second = customPackage("Local birds, second edition");
    api().body(customTitle("Birds of the Marsh", first)).post("/eholdings/titles").then().statusCode(200);
    api().body(customTitle("birds of the marsh", second)).post("/eholdings/titles").then().statusCode(400)
        .body("errors[0].title", equalTo("Custom Title with the provided name already exists"));
    assertEquals(1L, kb.one("SELECT count(*) AS n FROM {schema}.titles WHERE is_custom AND lower(name) = 'birds of the marsh'")
        .getLong("n"));
    assertEquals(0, kb.one("SELECT title_count FROM {schema}.packages WHERE id = $1",
        Long.parseLong(second.split("-")[1])).getInteger("title_count"));
  }

  @Test
  void anEmptyQueryWithATagOrAccessTypeFilterRunsTheFilterAlone() {
    api().body("{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"Ecology Journals\",\"contentType\":\"E-Journal\","
        + "\"tags\":{\"tagList\":[\"core\"]}}}}").put("/eholdings/packages/" + press + "-" + journals + "/tags").then().statusCode(200);
    api().body("{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"Ecology Press\",\"tags\":{\"tagList\":[\"core\"]}}}}")
        .put("/eholdings/providers/" + press + "/tags").then().statusCode(200);
    api().get("/eholdings/packages?q=&filter[tags]=core").then().statusCode(200)
        .body("data.attributes.name", contains("Ecology Journals"));
    api().get("/eholdings/packages?q=&filter[access-type]=Subscribed").then().statusCode(200)
        .body("data.attributes.name", contains("Ecology Books"));
    api().get("/eholdings/providers?q=&filter[tags]=core").then().statusCode(200)
        .body("data.attributes.name", contains("Ecology Press"));
    api().get("/eholdings/packages?q=&filter[tags]=nowhere").then().statusCode(200).body("data", empty());
    api().get("/eholdings/packages?q=").then().statusCode(400)
        .body("errors[0].title", equalTo("Invalid Query Parameter for q: cannot be empty"));
    api().get("/eholdings/providers?q=").then().statusCode(400)
        .body("errors[0].title", equalTo("Search parameter cannot be empty"));
  }

  @Test
  void aProviderPutWithANumericDataIdIsAcceptedAndThePathWins() {
    long other = kb.provider("Other Press");
    api().body("{\"data\":{\"id\":" + other + ",\"type\":\"providers\",\"attributes\":{\"proxy\":{\"id\":\"EZProxy\"},"
            + "\"providerToken\":{\"value\":\"lib42\"}}}}")
        .put("/eholdings/providers/" + press).then().statusCode(200)
        .body("data.id", equalTo(String.valueOf(press)))
        .body("data.attributes.proxy.id", equalTo("EZProxy"))
        .body("data.attributes.providerToken.value", equalTo("lib42"));
    assertEquals(null, kb.one("SELECT proxy_id FROM {schema}.providers WHERE id = $1", other).getString("proxy_id"));
  }
}

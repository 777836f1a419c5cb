package org.folio.access.eholdings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Custom packages: created in the library's own provider, always selected, renamed, deleted; their field rules. */
class CustomPackagesIT {
  private static final String TENANT = "ehcustompkg";
  private static KnowledgeBase kb;
  private static long own;

  @BeforeAll
  static void seed() {
    kb = KnowledgeBase.enable(TENANT);
    own = kb.ownProvider();
  }

  private static RequestSpecification api() {
    return TestModule.as(TENANT);
  }

  static String localTheses() {
    return "{\"data\":{\"type\":\"packages\",\"attributes\":{\"name\":\"Local theses\",\"contentType\":\"E-Book\","
        + "\"customCoverage\":{\"beginCoverage\":\"2010-01-01\",\"endCoverage\":\"2020-12-31\"},"
        + "\"customAltNames\":[{\"altName\":\"Theses\"}],\"customDisplayName\":\"Theses of the university\","
        + "\"customDescription\":\"Deposited by students\",\"url\":\"https://theses.example.org\",\"isFreeAccess\":true,"
        + "\"proxy\":{\"id\":\"EZProxy\"}}}}";
  }

  private static ValidatableResponse create(String body) {
    return api().contentType("application/vnd.api+json").body(body).post("/eholdings/packages").then();
  }

  private static String named(String name, String more) {
    return "{\"data\":{\"type\":\"packages\",\"attributes\":{\"name\":\"" + name + "\",\"contentType\":\"E-Book\"" + more + "}}}";
  }

  @Test
  void aCustomPackageIsCreatedSelectedInTheOwnProviderWithA200() {
    ValidatableResponse created = create(localTheses()).statusCode(200);
    String id = created.extract().path("data.id");
    created.body("data.attributes.name", equalTo("Local theses"))
        .body("data.attributes.isCustom", equalTo(true))
        .body("data.attributes.isSelected", equalTo(true))
        .body("data.attributes.packageType", equalTo("Custom"))
        .body("data.attributes.providerId", equalTo((int) own))
        .body("data.attributes.packageId", greaterThanOrEqualTo(1000))
        .body("data.attributes.contentType", equalTo("E-Book"))
        .body("data.attributes.customCoverage.endCoverage", equalTo("2020-12-31"))
        .body("data.attributes.customAltNames.altName", contains("Theses"))
        .body("data.attributes.customDisplayName", equalTo("Theses of the university"))
        .body("data.attributes.customDescription", equalTo("Deposited by students"))
        .body("data.attributes.url", equalTo("https://theses.example.org"))
        .body("data.attributes.isFreeAccess", equalTo(true))
        .body("data.attributes.proxy.id", equalTo("EZProxy"))
        .body("data.attributes.titleCount", equalTo(0));
    assertEquals(own + "-" + kb.one("SELECT id FROM {schema}.packages WHERE name = 'Local theses'").getLong("id"), id);
    api().get("/eholdings/packages/" + id).then().statusCode(200).body("data.attributes.name", equalTo("Local theses"));
    create(localTheses().replace("Local theses", "LOCAL THESES")).statusCode(400)
        .body("errors[0].title", equalTo("Custom Package with the provided name already exists"));
  }

  @Test
  void ofTwoCustomPackagesCreatedAtOnceWithOneNameOnlyOneIsKept() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(pool.submit(() -> create(named("Raced name", "")).extract().statusCode()));
      }
      java.util.List<Integer> codes = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<Integer> answer : answers) {
        codes.add(answer.get());
      }
      assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
      assertEquals(3, codes.stream().filter(c -> c == 400).count(), codes.toString());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void plainJsonBodiesAreAcceptedToo() {
    api().contentType("application/json").body(named("Plain JSON package", "")).post("/eholdings/packages").then().statusCode(200)
        .body("data.attributes.contentType", equalTo("E-Book"));
  }

  @Test
  void theFieldsOfACustomPackageAreChecked() {
    invalid("{\"data\":{\"type\":\"packages\",\"attributes\":{\"contentType\":\"E-Book\"}}}", "Invalid name", "name must not be empty");
    invalid("{\"data\":{\"type\":\"packages\",\"attributes\":{\"name\":\"No type\"}}}", "Invalid contentType", "contentType must not be empty");
    invalid(named("n".repeat(201), ""), "Invalid name", "name is too long (maximum is 200 characters)");
    invalid("{\"data\":{\"type\":\"packages\",\"attributes\":{\"name\":\"Bad type\",\"contentType\":\"Poster\"}}}", "Invalid contentType",
        "contentType has an invalid value");
    invalid(named("Long description", ",\"customDescription\":\"" + "d".repeat(2001) + "\""), "Invalid customDescription",
        "2000 character limit has been exceeded.");
    invalid(named("Html name", ",\"customDisplayName\":\"<b>bold</b>\""), "Invalid customDisplayName",
        "Invalid characters. Custom alternate name field does not accept HTML.");
    invalid(named("Long display", ",\"customDisplayName\":\"" + "d".repeat(301) + "\""), "Invalid customDisplayName",
        "customDisplayName is too long (maximum is 300 characters)");
    StringBuilder eleven = new StringBuilder(",\"customAltNames\":[");
    for (int i = 0; i < 11; i++) {
      eleven.append(i == 0 ? "" : ",").append("{\"altName\":\"name ").append(i).append("\"}");
    }
    invalid(named("Many alt names", eleven.append("]").toString()), "Invalid customAltNames", "customAltNames can have at most 10 names");
    invalid(named("Long alt name", ",\"customAltNames\":[{\"altName\":\"" + "a".repeat(301) + "\"}]"), "Invalid customAltNames",
        "customAltNames is too long (maximum is 300 characters)");
    invalid(named("Ftp url", ",\"url\":\"ftp://theses.example.org\""), "Invalid url",
        "url has invalid format. Should start with https:// or http://");
    invalid(named("Long url", ",\"url\":\"https://" + "u".repeat(500) + "\""), "Invalid url", "url is too long (maximum is 500 characters)");
    invalid(named("Bad date", ",\"customCoverage\":{\"beginCoverage\":\"2010-13-01\"}"), "Invalid beginCoverage",
        "beginCoverage has invalid format. Should be YYYY-MM-DD");
    invalid(named("Reversed dates", ",\"customCoverage\":{\"beginCoverage\":\"2010-01-01\",\"endCoverage\":\"2009-01-01\"}"),
        "Invalid beginCoverage", "Begin Coverage should be smaller than End Coverage");
    create(named("Bad proxy", ",\"proxy\":{\"id\":\"Nope\"}")).statusCode(400).body("errors[0].title", equalTo("Invalid Proxy ID"));
    create(named("Bad access type", ",\"accessTypeId\":\"not-a-uuid\"")).statusCode(400)
        .body("errors[0].title", equalTo("Access type not found: id = not-a-uuid"));
    create(named("Unknown access type", ",\"accessTypeId\":\"3f3c1e6e-2a5b-4c7d-9e8f-0a1b2c3d4e5f\"")).statusCode(400)
        .body("errors[0].title", equalTo("Access type not found: id = 3f3c1e6e-2a5b-4c7d-9e8f-0a1b2c3d4e5f"));
    assertEquals(0, kb.one("SELECT count(*) AS n FROM {schema}.packages WHERE name IN ('Bad proxy', 'Bad access type')").getLong("n"));
  }

  @Test
  void aCustomPackageIsRenamedRetypedAndCustomised() {
    String id = create(named("Rename me", "")).statusCode(200).extract().path("data.id");
    put(id, "{\"data\":{\"type\":\"packages\",\"attributes\":{\"name\":\"Renamed\",\"contentType\":\"streamingmedia\","
        + "\"isCustom\":true,\"isSelected\":false,\"visibilityData\":{\"isHidden\":true},\"customDescription\":\"\"}}}")
        .statusCode(200)
        .body("data.attributes.name", equalTo("Renamed"))
        .body("data.attributes.contentType", equalTo("Streaming Media"))
        .body("data.attributes.isSelected", equalTo(true))
        .body("data.attributes.visibilityData.isHidden", equalTo(true));
    put(id, "{\"data\":{\"type\":\"packages\",\"attributes\":{\"isCustom\":false}}}").statusCode(422)
        .body("errors[0].title", equalTo("Package isCustom not matched"));
    create(named("Taken name", "")).statusCode(200);
    put(id, "{\"data\":{\"type\":\"packages\",\"attributes\":{\"isSelected\":true,\"name\":\"taken name\"}}}").statusCode(400)
        .body("errors[0].title", equalTo("Custom Package with the provided name already exists"));
    put(id, "{\"data\":{\"type\":\"packages\",\"attributes\":{\"isSelected\":true,\"name\":\"\"}}}").statusCode(422).body("errors[0].title", equalTo("Invalid name"));
  }

  @Test
  void aCustomPackageIsDeletedWithTheCustomTitlesOnlyItHeld() {
    String id = create(named("Delete me", "")).statusCode(200).extract().path("data.id");
    String titleId = api().body("{\"data\":{\"type\":\"titles\",\"attributes\":{\"name\":\"Only here\",\"publicationType\":\"Book\"}},"
        + "\"included\":[{\"type\":\"resource\",\"attributes\":{\"packageId\":\"" + id + "\"}}]}")
        .post("/eholdings/titles").then().statusCode(200).extract().path("data.id");
    long title = Long.parseLong(titleId);
    api().body("{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"Delete me\",\"contentType\":\"E-Book\",\"tags\":{\"tagList\":[\"gone\"]}}}}")
        .put("/eholdings/packages/" + id + "/tags").then().statusCode(200);
    api().delete("/eholdings/packages/" + id).then().statusCode(204);
    api().get("/eholdings/packages/" + id).then().statusCode(404);
    assertEquals(0, kb.one("SELECT count(*) AS n FROM {schema}.titles WHERE id = $1", title).getLong("n"));
    assertEquals(0, kb.one("SELECT count(*) AS n FROM {schema}.record_tags WHERE tag = 'gone'").getLong("n"));
    api().delete("/eholdings/packages/" + id).then().statusCode(404);
  }

  @Test
  void aManagedPackageCannotBeDeleted() {
    long provider = kb.provider("Managed Provider");
    long managed = kb.managedPackage(provider, "Managed package", "E-Book");
    api().delete("/eholdings/packages/" + provider + "-" + managed).then().statusCode(400)
        .body("errors[0].title", equalTo("Package cannot be deleted"));
    api().delete("/eholdings/packages/x-1").then().statusCode(400).body("errors[0].title", equalTo("Package or provider id are invalid"));
  }

  @Test
  void packageTagsNeedANameAndAContentType() {
    String id = create(named("Tag me", "")).statusCode(200).extract().path("data.id");
    api().body("{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"Tag me\",\"tags\":{\"tagList\":[\"a\"]}}}}")
        .put("/eholdings/packages/" + id + "/tags").then().statusCode(422).body("errors[0].title", equalTo("Invalid contentType"));
    api().body("{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"Tag me\",\"contentType\":\"E-Book\",\"tags\":{\"tagList\":[\"a\"]}}}}")
        .put("/eholdings/packages/" + id + "/tags").then().statusCode(200).body("data.attributes.tags.tagList", contains("a"));
    api().get("/eholdings/packages?filter[tags]=a").then().body("data.attributes.name", contains("Tag me"));
    api().body("{}").put("/eholdings/packages/" + id + "/tags").then().statusCode(422).body("errors[0].title", equalTo("Invalid request body"));
  }

  private static void invalid(String body, String title, String detail) {
    create(body).statusCode(422).body("errors[0].title", equalTo(title)).body("errors[0].detail", equalTo(detail));
  }

  private static ValidatableResponse put(String id, String body) {
    return api().body(body).put("/eholdings/packages/" + id).then();
  }
}

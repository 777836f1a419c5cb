package org.folio.access.eholdings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.folio.access.support.OutsideSystem;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One librarian's session, in the order ui-eholdings makes its calls: app start, package search, selection,
 * custom content, coverage editing, tags, access types (with who created them, looked up through the gateway),
 * filter-only searches, custom labels, the provider saved from the package edit page. Each step reads back
 * what the last one changed, at once: there is no remote knowledge base to wait for.
 */
class UiEholdingsSessionIT {
  private static final String TENANT = "uisession";
  private static final String KB = EholdingsTenantData.DEFAULT_CREDENTIALS_ID.toString();

  private static final String LIBRARIAN = "6c3f0e2a-8d4b-4c1e-9f5a-2b7d1e0c9a34";
  private static OutsideSystem gateway;

  /** The gateway's users interface, which the module asks for the names of who changes access types. */
  @BeforeAll
  static void startTheUsersInterface() {
    TestModule.get();
    gateway = OutsideSystem.start();
    gateway.mock().when(request().withMethod("GET").withPath("/users/" + LIBRARIAN))
        .respond(response().withStatusCode(200).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":\"" + LIBRARIAN + "\",\"username\":\"mmarsh\",\"personal\":{\"firstName\":\"Mary\","
                + "\"lastName\":\"Marsh\"}}"));
  }

  @AfterAll
  static void stopTheUsersInterface() {
    gateway.close();
  }

  /** A request of the librarian as the gateway forwards it from ui-eholdings. */
  private static RequestSpecification ui() {
    return RestAssured.given().header("X-Okapi-Tenant", TENANT).header("X-Okapi-Url", gateway.baseUrl())
        .header("X-Okapi-User-Id", LIBRARIAN).header("X-Okapi-Token", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsaWJyYXJpYW4ifQ.c2Vzc2lvbg")
        .header("Content-Type", "application/vnd.api+json");
  }

  @Test
  void aLibrarianManagesHoldingsFromStartToFinish() {
    KnowledgeBase kb = KnowledgeBase.enable(TENANT);
    long press = kb.provider("Ecology Press");
    long journals = kb.managedPackage(press, "Ecology Journals", "E-Journal");
    for (String name : new String[] {"Journal of Ecology", "Marsh Studies", "Wetland Review"}) {
      kb.resource(press, journals, kb.title(name, "Journal", "Ecology Press", "0022-0477"), false);
    }
    String managedId = press + "-" + journals;

    appStartsWithAValidKnowledgeBase();
    ui().get("/eholdings/packages?q=ecology&page=1&count=100").then().statusCode(200)
        .body("data.attributes.name", contains("Ecology Journals"))
        .body("data[0].attributes.isSelected", equalTo(false));

    ui().body("{\"data\":{\"type\":\"packages\",\"attributes\":{\"isSelected\":true}}}")
        .put("/eholdings/packages/" + managedId).then().statusCode(200)
        .body("data.attributes.isSelected", equalTo(true))
        .body("data.attributes.selectedCount", equalTo(3));
    ui().get("/eholdings/packages/" + managedId + "/resources?searchfield=title&count=100&page=1").then().statusCode(200)
        .body("data", hasSize(3))
        .body("data.attributes.isSelected", everyItem(equalTo(true)));

    String fieldGuides = ui().body("{\"data\":{\"type\":\"packages\",\"attributes\":{\"name\":\"Local Field Guides\","
        + "\"contentType\":\"E-Book\"}}}").post("/eholdings/packages").then().statusCode(200).extract().path("data.id");
    String titleId = ui().body("{\"data\":{\"type\":\"titles\",\"attributes\":{\"name\":\"Birds of the Marsh\","
        + "\"publicationType\":\"Book\"}},\"included\":[{\"type\":\"resource\",\"attributes\":{\"packageId\":\""
        + fieldGuides + "\"}}]}").post("/eholdings/titles").then().statusCode(200).extract().path("data.id");
    String resourceId = fieldGuides + "-" + titleId;

    editCoverage(resourceId);
    tagAndFilter(fieldGuides, resourceId);
    accessTypeLifecycle(managedId);
    filterWithoutQuery(press);
    saveCustomLabels();
    savePackageWithItsProvider(managedId, press);
  }

  private static void appStartsWithAValidKnowledgeBase() {
    ui().get("/eholdings/status").then().statusCode(200).body("data.attributes.isConfigurationValid", equalTo(true));
    ui().get("/eholdings/kb-credentials").then().statusCode(200).body("data", hasSize(1));
    ui().get("/eholdings/tags/summary?filter[rectype]=provider&filter[rectype]=package&filter[rectype]=title"
        + "&filter[rectype]=resource").then().statusCode(200);
    ui().get("/eholdings/access-types").then().statusCode(200);
    ui().get("/eholdings/uc?metrictype=true").then().statusCode(404).body("jsonapi.version", equalTo("1.0"));
  }

  private static void editCoverage(String resourceId) {
    ui().body("{\"data\":{\"type\":\"resources\",\"attributes\":{\"isSelected\":true,\"customCoverages\":["
        + "{\"beginCoverage\":\"2001-01-01\",\"endCoverage\":\"2005-12-31\"},"
        + "{\"beginCoverage\":\"2005-06-01\",\"endCoverage\":\"2008-12-31\"}]}}}")
        .put("/eholdings/resources/" + resourceId).then().statusCode(400)
        .body("errors[0].title", equalTo("CoverageList cannot contain overlapping dates."));
    ui().body("{\"data\":{\"type\":\"resources\",\"attributes\":{\"isSelected\":true,\"customCoverages\":["
        + "{\"beginCoverage\":\"2001-01-01\",\"endCoverage\":\"2005-12-31\"}]}}}")
        .put("/eholdings/resources/" + resourceId).then().statusCode(200)
        .body("data.attributes.customCoverages[0].beginCoverage", equalTo("2001-01-01"));
  }

  private static void tagAndFilter(String packageId, String resourceId) {
    ui().body("{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"Local Field Guides\",\"contentType\":\"E-Book\","
        + "\"tags\":{\"tagList\":[\"field-work\"]}}}}").put("/eholdings/packages/" + packageId + "/tags").then().statusCode(200);
    ui().body("{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"Birds of the Marsh\","
        + "\"tags\":{\"tagList\":[\"birds\"]}}}}").put("/eholdings/resources/" + resourceId + "/tags").then().statusCode(200);
    ui().get("/eholdings/packages?filter[tags]=field-work").then().statusCode(200)
        .body("data.attributes.name", contains("Local Field Guides"));
    ui().get("/eholdings/packages/" + packageId + "/resources?filter[tags]=birds").then().statusCode(200)
        .body("data.attributes.name", contains("Birds of the Marsh"));
    ui().get("/eholdings/tags/summary?filter[rectype]=package").then().statusCode(200)
        .body("data.attributes.value", hasItem("field-work"));
  }

  private static void accessTypeLifecycle(String managedId) {
    String accessType = ui().body("{\"data\":{\"type\":\"accessTypes\",\"attributes\":{\"name\":\"Subscribed\","
        + "\"description\":\"Paid for by the library\"}}}").post("/eholdings/kb-credentials/" + KB + "/access-types")
        .then().statusCode(201).extract().path("id");
    ui().body("{\"data\":{\"type\":\"packages\",\"attributes\":{\"isSelected\":true,\"accessTypeId\":\"" + accessType + "\"}}}")
        .put("/eholdings/packages/" + managedId).then().statusCode(200)
        .body("data.relationships.accessType.data.id", equalTo(accessType))
        .body("included.id", hasItem(accessType));
    ui().get("/eholdings/packages?q=ecology&filter[access-type]=Subscribed").then().statusCode(200)
        .body("data.id", contains(managedId));
    ui().get("/eholdings/kb-credentials/" + KB + "/access-types").then().statusCode(200)
        .body("data[0].attributes.name", equalTo("Subscribed"))
        .body("data[0].creator.firstName", equalTo("Mary")).body("data[0].creator.lastName", equalTo("Marsh"))
        .body("data[0].updater.firstName", equalTo("Mary")).body("data[0].updater.lastName", equalTo("Marsh"));
    ui().delete("/eholdings/kb-credentials/" + KB + "/access-types/" + accessType).then().statusCode(422)
        .body("errors[0].title", equalTo("Can't delete access type that has assigned records"));
  }

  /** Tag-only and access-type-only searches: the UI sends an empty q beside the filter. */
  private static void filterWithoutQuery(long press) {
    ui().body("{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"Ecology Press\",\"tags\":{\"tagList\":[\"publisher\"]}}}}")
        .put("/eholdings/providers/" + press + "/tags").then().statusCode(200);
    ui().get("/eholdings/packages?q=&filter[tags]=field-work&page=1&count=100").then().statusCode(200)
        .body("data.attributes.name", contains("Local Field Guides"));
    ui().get("/eholdings/packages?q=&filter[access-type]=Subscribed&page=1&count=100").then().statusCode(200)
        .body("data.attributes.name", contains("Ecology Journals"));
    ui().get("/eholdings/providers?q=&filter[tags]=publisher&page=1&count=100").then().statusCode(200)
        .body("data.attributes.name", contains("Ecology Press"));
  }

  /** The custom labels settings form sends the slot as a string. */
  private static void saveCustomLabels() {
    ui().body("{\"data\":[{\"type\":\"customLabel\",\"attributes\":{\"id\":\"1\",\"displayLabel\":\"Fund\","
        + "\"displayOnFullTextFinder\":false,\"displayOnPublicationFinder\":true}}]}")
        .put("/eholdings/kb-credentials/" + KB + "/custom-labels").then().statusCode(200)
        .body("data[0].attributes.id", equalTo(1)).body("data[0].attributes.displayLabel", equalTo("Fund"));
    ui().get("/eholdings/custom-labels").then().statusCode(200).body("data[0].attributes.displayLabel", equalTo("Fund"));
  }

  /** The package edit page saves the package, then its provider with the provider's numeric id in data.id. */
  private static void savePackageWithItsProvider(String managedId, long press) {
    ui().body("{\"data\":{\"id\":" + press + ",\"type\":\"providers\",\"attributes\":{\"proxy\":{\"id\":\"EZProxy\"},"
        + "\"providerToken\":{\"value\":\"site-77\"}}}}").put("/eholdings/providers/" + press).then().statusCode(200)
        .body("data.attributes.proxy.id", equalTo("EZProxy"))
        .body("data.attributes.providerToken.value", equalTo("site-77"));
    ui().get("/eholdings/packages/" + managedId + "?include=accessType").then().statusCode(200)
        .body("data.attributes.proxy.id", equalTo("EZProxy"));
  }
}

package org.folio.access.eholdings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resources: reading with includes, adding titles to custom packages, customising, selecting, removing, tags, bulk. */
class ResourcesIT {
  private static final String TENANT = "ehresources";
  private static KnowledgeBase kb;
  private static long press;
  private static long journals;
  private static long journalOfEcology;
  private static long ecologyLetters;
  private static UUID perpetual;

  @BeforeAll
  static void seed() {
    kb = KnowledgeBase.enable(TENANT);
    press = kb.provider("Resource Press");
    journals = kb.managedPackage(press, "Resource Journals", "E-Journal");
    journalOfEcology = kb.title("Journal of Ecology", "Journal", "Ecology Press", "0022-0477");
    ecologyLetters = kb.title("Ecology Letters", "Journal", "Wiley", "1461-023X");
    kb.resource(press, journals, journalOfEcology, true);
    kb.resource(press, journals, ecologyLetters, false);
    kb.run("UPDATE {schema}.packages SET proxy_id = 'EZProxy', jsonb = jsonb || '{\"customCoverage\": {\"beginCoverage\":"
        + " \"1995-01-01\", \"endCoverage\": \"\"}}' WHERE id = $1", journals);
    perpetual = kb.accessType("Perpetual");
  }

  private static RequestSpecification api() {
    return TestModule.as(TENANT);
  }

  private static String id(long packageId, long titleId) {
    long provider = kb.one("SELECT provider_id FROM {schema}.packages WHERE id = $1", packageId).getLong("provider_id");
    return provider + "-" + packageId + "-" + titleId;
  }

  /** A new custom package of the library, answered as providerId-packageId. */
  private static String customPackage(String name) {
    return api().body("{\"data\":{\"type\":\"packages\",\"attributes\":{\"name\":\"" + name + "\",\"contentType\":\"E-Journal\"}}}")
        .post("/eholdings/packages").then().statusCode(200).extract().path("data.id");
  }

  private static ValidatableResponse addTitle(String packageId, Object titleId, String url) {
    return api().body("{\"data\":{\"type\":\"resources\",\"attributes\":{\"packageId\":\"" + packageId + "\",\"titleId\":\""
        + titleId + "\"" + (url == null ? "" : ",\"url\":\"" + url + "\"") + "}}}").post("/eholdings/resources").then();
  }

  private static ValidatableResponse put(String id, String attributes) {
    return api().body("{\"data\":{\"type\":\"resources\",\"attributes\":" + attributes + "}}").put("/eholdings/resources/" + id).then();
  }

  /** A custom title made through the API in a custom package of its own. */
  private static long customTitle(String name) {
    return customTitleIn(customPackage("Home of " + name), name);
  }

  private static long customTitleIn(String packageId, String name) {
    String id = api().body("{\"data\":{\"type\":\"titles\",\"attributes\":{\"name\":\"" + name + "\",\"publicationType\":\"Book\"}},"
        + "\"included\":[{\"type\":\"resource\",\"attributes\":{\"packageId\":\"" + packageId + "\"}}]}")
        .post("/eholdings/titles").then().statusCode(200).extract().path("data.id");
    return Long.parseLong(id);
  }

  @Test
  void aResourceShowsItsTitlePackageAndProvider() {
    api().get("/eholdings/resources/" + id(journals, journalOfEcology)).then().statusCode(200)
        .body("data.type", equalTo("resources"))
        .body("data.attributes.name", equalTo("Journal of Ecology"))
        .body("data.attributes.titleId", equalTo((int) journalOfEcology))
        .body("data.attributes.packageId", equalTo(press + "-" + journals))
        .body("data.attributes.packageName", equalTo("Resource Journals"))
        .body("data.attributes.providerName", equalTo("Resource Press"))
        .body("data.attributes.isSelected", equalTo(true))
        .body("data.attributes.isPackageCustom", equalTo(false))
        .body("data.attributes.isTitleCustom", equalTo(false))
        .body("data.attributes.publicationType", equalTo("Journal"))
        .body("data.attributes.identifiers[0].id", equalTo("0022-0477"))
        .body("data.attributes.url", equalTo("https://content.example.org/" + journalOfEcology))
        .body("data.attributes.proxy.id", equalTo("EZProxy"))
        .body("data.attributes.proxy.inherited", equalTo(true))
        .body("data.relationships.title.meta.included", equalTo(false));
  }

  @Test
  void includeAddsProviderPackageAndTitle() {
    api().get("/eholdings/resources/" + id(journals, journalOfEcology) + "?include=provider,package,title,accessType").then()
        .statusCode(200)
        .body("included.type", containsInAnyOrder("providers", "packages", "titles"))
        .body("data.relationships.package.data.id", equalTo(press + "-" + journals))
        .body("data.relationships.title.data.id", equalTo(String.valueOf(journalOfEcology)))
        .body("data.relationships.provider.data.type", equalTo("providers"));
  }

  @Test
  void includedPackageAndTitleShowTheirOwnTagsSelectionAndProxy() {
    long shelf = kb.managedPackage(press, "Included Shelf", "E-Book");
    long atlas = kb.title("Atlas of Included Things", "Book", "Shelf Press");
    long guide = kb.title("Guide to Included Things", "Book", "Shelf Press");
    kb.resource(press, shelf, atlas, false);
    kb.resource(press, shelf, guide, true);
    kb.run("INSERT INTO {schema}.record_tags (record_type, record_id, tag) VALUES ('package', $1, 'shelved'),"
        + " ('title', $2, 'atlas'), ('title', $2, 'maps'), ('resource', $3, 'unrelated')", press + "-" + shelf,
        String.valueOf(atlas), id(shelf, guide));
    kb.run("UPDATE {schema}.packages SET proxy_id = 'EZProxy' WHERE id = $1", shelf);

    api().get("/eholdings/resources/" + id(shelf, atlas) + "?include=package,title").then().statusCode(200)
        .body("data.attributes.isSelected", equalTo(false))
        .body("data.attributes.tags.tagList", empty())
        .body("data.attributes.proxy.id", equalTo("EZProxy"))
        .body("data.attributes.proxy.inherited", equalTo(true))
        .body("included.type", contains("packages", "titles"))
        .body("included[0].attributes.tags.tagList", contains("shelved"))
        .body("included[0].attributes.proxy.id", equalTo("EZProxy"))
        .body("included[0].attributes.proxy.inherited", equalTo(false))
        .body("included[1].attributes.tags.tagList", contains("atlas", "maps"))
        .body("included[1].attributes.hasSelectedResource", equalTo(false));
    api().get("/eholdings/resources/" + id(shelf, guide) + "?include=title").then().statusCode(200)
        .body("data.attributes.tags.tagList", contains("unrelated"))
        .body("included[0].attributes.tags.tagList", empty())
        .body("included[0].attributes.hasSelectedResource", equalTo(true));
  }

  @Test
  void badResourceIdsAreBadRequestsAndUnknownOnesNotFound() {
    api().get("/eholdings/resources/1-2").then().statusCode(400).body("errors[0].title", equalTo("Resource id is invalid - 1-2"));
    api().get("/eholdings/resources/1-x-3").then().statusCode(400).body("errors[0].title", equalTo("Resource id is invalid - 1-x-3"));
    api().get("/eholdings/resources/" + press + "-" + journals + "-999999").then().statusCode(404)
        .body("errors[0].title", equalTo("Resource not found"));
  }

  @Test
  void aTitleIsAddedToACustomPackageOnce() {
    String pkg = customPackage("Added titles");
    addTitle(pkg, journalOfEcology, null).statusCode(200)
        .body("data.id", equalTo(pkg + "-" + journalOfEcology))
        .body("data.attributes.isSelected", equalTo(true))
        .body("data.attributes.isPackageCustom", equalTo(true));
    api().get("/eholdings/packages/" + pkg).then().body("data.attributes.titleCount", equalTo(1))
        .body("data.attributes.selectedCount", equalTo(1));
    addTitle(pkg, journalOfEcology, null).statusCode(422)
        .body("errors[0].title", equalTo("Invalid Title")).body("errors[0].detail", equalTo("Package already associated with Title"));
  }

  @Test
  void aTitleCannotBeAddedToAManagedPackage() {
    addTitle(press + "-" + journals, customTitle("Not for managed"), null).statusCode(422)
        .body("errors[0].title", equalTo("Invalid PackageId"))
        .body("errors[0].detail", equalTo("Packageid Cannot associate Title with a managed Package"));
  }

  @Test
  void addingNeedsAKnownPackageAndTitle() {
    String pkg = customPackage("Needs both");
    addTitle(pkg, 999999, null).statusCode(404).body("errors[0].title", equalTo("Title not found"));
    addTitle(press + "-999999", journalOfEcology, null).statusCode(404).body("errors[0].title", equalTo("Package not found"));
    addTitle("12", journalOfEcology, null).statusCode(400).body("errors[0].title", equalTo("Package and provider id are required"));
    addTitle(pkg, "abc", null).statusCode(400).body("errors[0].title", equalTo("Title id is invalid - abc"));
    api().body("{\"data\":{\"type\":\"resources\",\"attributes\":{\"titleId\":\"1\"}}}").post("/eholdings/resources").then()
        .statusCode(422).body("errors[0].title", equalTo("Invalid packageId"));
    api().body("{\"data\":{\"type\":\"resources\",\"attributes\":{\"packageId\":\"" + pkg + "\",\"titleId\":" + journalOfEcology + "}}}")
        .post("/eholdings/resources").then().statusCode(200);
  }

  @Test
  void aCustomTitleTakesAUrlAndAManagedOneKeepsItsOwn() {
    String pkg = customPackage("Urls");
    long custom = customTitle("Custom with url");
    addTitle(pkg, custom, "https://local.example.org/1").statusCode(200).body("data.attributes.url", equalTo("https://local.example.org/1"));
    put(pkg + "-" + custom, "{\"isSelected\":true,\"url\":\"ftp://x\"}").statusCode(422).body("errors[0].title", equalTo("Invalid url"))
        .body("errors[0].detail", equalTo("url has invalid format. Should start with https:// or http://"));
    put(pkg + "-" + custom, "{\"isSelected\":true,\"url\":\"http://" + "u".repeat(600) + "\"}").statusCode(422)
        .body("errors[0].detail", equalTo("url is too long (maximum is 600 characters)"));
    put(pkg + "-" + custom, "{\"isSelected\":true,\"url\":\"http://local.example.org/2\"}").statusCode(200)
        .body("data.attributes.url", equalTo("http://local.example.org/2"));
    put(id(journals, journalOfEcology), "{\"isSelected\":true,\"url\":\"https://elsewhere.example.org\"}").statusCode(200)
        .body("data.attributes.url", equalTo("https://content.example.org/" + journalOfEcology));
  }

  @Test
  void aSelectedResourceTakesItsCustomisations() {
    long title = kb.title("Customised Journal", "Journal", "Ecology Press");
    kb.resource(press, journals, title, true);
    String id = id(journals, title);
    put(id, "{\"isSelected\":true,\"customCoverages\":[{\"beginCoverage\":\"2005-01-01\",\"endCoverage\":null},"
        + "{\"beginCoverage\":\"2000-01-01\",\"endCoverage\":\"2003-12-31\"}],"
        + "\"customEmbargoPeriod\":{\"embargoUnit\":\"Months\",\"embargoValue\":6},\"coverageStatement\":\"Only 2000s\","
        + "\"visibilityData\":{\"isHidden\":true},\"proxy\":{\"id\":\"OpenAthens\"},\"userDefinedField1\":\"shelf 3\","
        + "\"userDefinedField5\":\"five\",\"accessTypeId\":\"" + perpetual + "\"}")
        .statusCode(200)
        .body("data.attributes.customCoverages.beginCoverage", contains("2000-01-01", "2005-01-01"))
        .body("data.attributes.customCoverages.endCoverage", contains("2003-12-31", ""))
        .body("data.attributes.customEmbargoPeriod.embargoUnit", equalTo("Months"))
        .body("data.attributes.customEmbargoPeriod.embargoValue", equalTo(6))
        .body("data.attributes.coverageStatement", equalTo("Only 2000s"))
        .body("data.attributes.visibilityData.isHidden", equalTo(true))
        .body("data.attributes.proxy.id", equalTo("OpenAthens"))
        .body("data.attributes.proxy.inherited", equalTo(false))
        .body("data.attributes.userDefinedField1", equalTo("shelf 3"))
        .body("data.attributes.userDefinedField5", equalTo("five"))
        .body("data.relationships.accessType.data.id", equalTo(perpetual.toString()))
        .body("included[0].attributes.name", equalTo("Perpetual"));
    put(id, "{\"isSelected\":true,\"proxy\":{\"id\":\"EZProxy\"}}").statusCode(200)
        .body("data.attributes.proxy.inherited", equalTo(true))
        .body("data.attributes.customCoverages", empty())
        .body("data.attributes.coverageStatement", nullValue())
        .body("data.relationships.accessType.meta.included", equalTo(false));
  }

  @Test
  void whatAClientReadsItCanPutBack() {
    String id = id(journals, journalOfEcology);
    Map<String, Object> data = api().get("/eholdings/resources/" + id).then().statusCode(200).extract().path("data");
    api().contentType("application/vnd.api+json").body(Map.of("data", data)).put("/eholdings/resources/" + id).then().statusCode(200)
        .body("data.attributes.isSelected", equalTo(true));
  }

  @Test
  void coveragesMayNotOverlapNorLeaveThePackageCoverage() {
    String id = id(journals, journalOfEcology);
    put(id, "{\"isSelected\":true,\"customCoverages\":[{\"beginCoverage\":\"2000-01-01\",\"endCoverage\":\"2004-12-31\"},"
        + "{\"beginCoverage\":\"2004-06-01\",\"endCoverage\":\"2006-12-31\"}]}").statusCode(400)
        .body("errors[0].title", equalTo("CoverageList cannot contain overlapping dates."));
    put(id, "{\"isSelected\":true,\"customCoverages\":[{\"beginCoverage\":\"1990-01-01\",\"endCoverage\":\"1999-12-31\"}]}")
        .statusCode(400).body("errors[0].title", equalTo("Title custom coverage date should be within the package custom coverage date limit"));
    put(id, "{\"isSelected\":true,\"customCoverages\":[{\"beginCoverage\":\"2001-02-30\"}]}").statusCode(422)
        .body("errors[0].title", equalTo("Invalid beginCoverage"));
    put(id, "{\"isSelected\":true,\"customCoverages\":[{\"beginCoverage\":\"2005-01-01\",\"endCoverage\":\"2004-01-01\"}]}")
        .statusCode(422).body("errors[0].detail", equalTo("Begin Coverage should be smaller than End Coverage"));
  }

  @Test
  void theFieldsOfAResourceAreChecked() {
    String id = id(journals, journalOfEcology);
    put(id, "{\"customCoverages\":[]}").statusCode(422).body("errors[0].title", equalTo("Invalid isSelected"));
    put(id, "{\"isSelected\":true,\"coverageStatement\":\"" + "s".repeat(251) + "\"}").statusCode(422)
        .body("errors[0].title", equalTo("Invalid coverageStatement"))
        .body("errors[0].detail", equalTo("coverageStatement is too long (maximum is 250 characters)"));
    put(id, "{\"isSelected\":true,\"userDefinedField3\":\"" + "u".repeat(501) + "\"}").statusCode(422)
        .body("errors[0].title", equalTo("Invalid userDefinedField3"));
    put(id, "{\"isSelected\":true,\"customEmbargoPeriod\":{\"embargoValue\":3}}").statusCode(422)
        .body("errors[0].title", equalTo("Invalid customEmbargoPeriod"));
    put(id, "{\"isSelected\":true,\"customEmbargoPeriod\":{\"embargoUnit\":\"Fortnights\",\"embargoValue\":3}}").statusCode(422);
    put(id, "{\"isSelected\":true,\"proxy\":{\"id\":\"Nope\"}}").statusCode(400).body("errors[0].title", equalTo("Invalid Proxy ID"));
    put(id, "{\"isSelected\":true,\"accessTypeId\":\"" + UUID.randomUUID() + "\"}").statusCode(400)
        .body("errors[0].title", org.hamcrest.Matchers.startsWith("Access type not found: id = "));
  }

  @Test
  void anUnselectedManagedResourceTakesNoCustomisationsUntilSelected() {
    long title = kb.title("Unselected Journal", "Journal", "Wiley");
    kb.resource(press, journals, title, false);
    String id = id(journals, title);
    put(id, "{\"isSelected\":false,\"coverageStatement\":\"not yet\"}").statusCode(422)
        .body("errors[0].title", equalTo("Resource cannot be updated unless added to holdings"));
    put(id, "{\"isSelected\":false,\"proxy\":{\"id\":\"OpenAthens\"}}").statusCode(422);
    put(id, "{\"isSelected\":false,\"proxy\":{\"id\":\"EZProxy\"},\"visibilityData\":{\"isHidden\":false}}").statusCode(200);
    long before = kb.one("SELECT selected_count FROM {schema}.packages WHERE id = $1", journals).getLong("selected_count");
    put(id, "{\"isSelected\":true,\"coverageStatement\":\"now\"}").statusCode(200)
        .body("data.attributes.isSelected", equalTo(true)).body("data.attributes.coverageStatement", equalTo("now"));
    assertEquals(before + 1, kb.one("SELECT selected_count FROM {schema}.packages WHERE id = $1", journals).getLong("selected_count"));
    put(id, "{\"isSelected\":false,\"coverageStatement\":\"now\"}").statusCode(200)
        .body("data.attributes.isSelected", equalTo(false)).body("data.attributes.coverageStatement", nullValue());
    assertEquals(before, kb.one("SELECT selected_count FROM {schema}.packages WHERE id = $1", journals).getLong("selected_count"));
  }

  @Test
  void selectingATitleOfAnUnselectedPackageSelectsThePackagePartly() {
    long pkg = kb.managedPackage(press, "Partly", "E-Book");
    long title = kb.title("Partly Book", "Book", "Wiley");
    kb.resource(press, pkg, title, false);
    kb.resource(press, pkg, kb.title("Other Partly Book", "Book", "Wiley"), false);
    put(id(pkg, title), "{\"isSelected\":true}").statusCode(200);
    api().get("/eholdings/packages/" + press + "-" + pkg).then().body("data.attributes.isSelected", equalTo(true))
        .body("data.attributes.selectedCount", equalTo(1)).body("data.attributes.titleCount", equalTo(2));
  }

  @Test
  void aResourceOfACustomPackageIsRemovedNotDeselected() {
    String pkg = customPackage("Removals");
    long custom = customTitleIn(pkg, "Removed custom title");
    addTitle(pkg, ecologyLetters, null).statusCode(200);
    put(pkg + "-" + custom, "{\"isSelected\":false}").statusCode(422).body("errors[0].title", equalTo("Invalid isSelected"));
    api().delete("/eholdings/resources/" + pkg + "-" + custom).then().statusCode(204);
    api().delete("/eholdings/resources/" + pkg + "-" + ecologyLetters).then().statusCode(204);
    assertEquals(0, kb.one("SELECT count(*) AS n FROM {schema}.titles WHERE id = $1", custom).getLong("n"));
    assertEquals(1, kb.one("SELECT count(*) AS n FROM {schema}.titles WHERE id = $1", ecologyLetters).getLong("n"));
    api().get("/eholdings/packages/" + pkg).then().body("data.attributes.titleCount", equalTo(0))
        .body("data.attributes.selectedCount", equalTo(0));
    api().delete("/eholdings/resources/" + pkg + "-" + custom).then().statusCode(404);
    api().delete("/eholdings/resources/" + id(journals, journalOfEcology)).then().statusCode(400)
        .body("errors[0].title", equalTo("Resource cannot be deleted"))
        .body("errors[0].detail", equalTo("Resource is not in a custom package"));
  }

  @Test
  void resourceTagsAndAccessTypesFilterAPackagesResources() {
    long title = kb.title("Tagged Journal", "Journal", "Wiley");
    kb.resource(press, journals, title, true);
    String id = id(journals, title);
    api().body("{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"Tagged Journal\",\"tags\":{\"tagList\":[\"flagship\"]}}}}")
        .put("/eholdings/resources/" + id + "/tags").then().statusCode(200).body("data.attributes.tags.tagList", contains("flagship"));
    put(id, "{\"isSelected\":true,\"accessTypeId\":\"" + perpetual + "\"}").statusCode(200);
    api().get("/eholdings/packages/" + press + "-" + journals + "/resources?filter[tags]=flagship").then().statusCode(200)
        .body("data.attributes.name", contains("Tagged Journal"))
        .body("data[0].attributes.tags.tagList", contains("flagship"))
        .body("data[0].included[0].id", equalTo(perpetual.toString()));
    api().get("/eholdings/packages/" + press + "-" + journals + "/resources?filter[access-type]=Perpetual").then()
        .body("data.attributes.name", contains("Tagged Journal"));
    api().body("{\"data\":{\"type\":\"tags\",\"attributes\":{\"tags\":{\"tagList\":[]}}}}")
        .put("/eholdings/resources/" + id + "/tags").then().statusCode(422).body("errors[0].title", equalTo("Invalid name"));
    api().body("{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"x\",\"tags\":{\"tagList\":[]}}}}")
        .put("/eholdings/resources/" + press + "-" + journals + "-999999/tags").then().statusCode(404);
  }

  @Test
  void bulkFetchAnswersFoundResourcesAndListsTheRest() {
    String found = id(journals, journalOfEcology);
    api().body("{\"resources\":[\"" + found + "\",\"" + press + "-" + journals + "-999999\"]}")
        .post("/eholdings/resources/bulk/fetch").then().statusCode(200)
        .body("included.id", contains(found))
        .body("meta.failed.resources", contains(press + "-" + journals + "-999999"));
    api().body("{\"resources\":[\"" + found + "\",\"" + press + "-" + journals + "\"]}")
        .post("/eholdings/resources/bulk/fetch").then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid resources"))
        .body("errors[0].message", equalTo("elements in list must match pattern"))
        .body("errors[0].parameters[0].key", equalTo("resources"));
    StringBuilder many = new StringBuilder("{\"resources\":[");
    for (int i = 0; i < 21; i++) {
      many.append(i == 0 ? "" : ",").append("\"1-2-").append(i).append("\"");
    }
    api().body(many.append("]}").toString()).post("/eholdings/resources/bulk/fetch").then().statusCode(422)
        .body("errors[0].message", equalTo("size must be between 0 and 20"))
        .body("errors[0].parameters[0].key", equalTo("resources"));
    api().body("{\"items\":[]}").post("/eholdings/resources/bulk/fetch").then().statusCode(422);
  }
}

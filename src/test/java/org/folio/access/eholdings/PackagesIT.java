package org.folio.access.eholdings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Package search and filters, one package with its includes, a package's resources, bulk fetch. */
class PackagesIT {
  private static final String TENANT = "ehpackages";
  private static KnowledgeBase kb;
  private static long press;
  private static long journals;
  private static long books;
  private static long journalOfEcology;
  private static UUID subscribed;

  @BeforeAll
  static void seed() {
    kb = KnowledgeBase.enable(TENANT);
    press = kb.provider("Ecology Press");
    journals = kb.managedPackage(press, "Ecology Journals", "E-Journal");
    books = kb.managedPackage(press, "Ecology Books", "E-Book");
    kb.managedPackage(press, "Marine Ecology Archive", "Print");
    kb.managedPackage(press, "Paleoecology Reference", "Online Reference");
    journalOfEcology = kb.title("Journal of Ecology", "Journal", "Ecology Press", "0022-0477");
    kb.resource(press, journals, journalOfEcology, true);
    kb.resource(press, journals, kb.title("Ecology Letters", "Journal", "Wiley", "1461-023X"), false);
    kb.resource(press, journals, kb.title("Annual Review of Ecology", "Book Series", "Annual Reviews", "1543-592X"), true);
    kb.resource(press, books, kb.title("Field Guide to Ponds", "Book", "Pond Press", "978-0-12-345678-9"), false);
    subscribed = kb.accessType("Subscribed");
    kb.run("UPDATE {schema}.packages SET access_type_id = $1, is_hidden = true, jsonb = jsonb || '{\"isFreeAccess\": true,"
        + " \"customAltNames\": [{\"altName\": \"Green serials\"}]}' WHERE id = $2", subscribed, journals);
  }

  private static RequestSpecification api() {
    return TestModule.as(TENANT);
  }

  @Test
  void searchRanksByRelevanceAndCountsAll() {
    api().get("/eholdings/packages?q=ecology&page=1&count=100").then().statusCode(200)
        .body("data.attributes.name", contains("Ecology Books", "Ecology Journals", "Marine Ecology Archive", "Paleoecology Reference"))
        .body("meta.totalResults", equalTo(4));
  }

  @Test
  void aListedPackageCarriesWhatTheSearchScreenReads() {
    api().get("/eholdings/packages?q=journals").then().statusCode(200)
        .body("data[0].id", equalTo(press + "-" + journals))
        .body("data[0].type", equalTo("packages"))
        .body("data[0].attributes.packageId", equalTo((int) journals))
        .body("data[0].attributes.providerId", equalTo((int) press))
        .body("data[0].attributes.providerName", equalTo("Ecology Press"))
        .body("data[0].attributes.contentType", equalTo("E-Journal"))
        .body("data[0].attributes.isCustom", equalTo(false))
        .body("data[0].attributes.isSelected", equalTo(true))
        .body("data[0].attributes.packageType", equalTo("Complete"))
        .body("data[0].attributes.selectedCount", equalTo(2))
        .body("data[0].attributes.titleCount", equalTo(3))
        .body("data[0].attributes.customCoverage.beginCoverage", equalTo(""))
        .body("data[0].attributes.visibilityData.isHidden", equalTo(true))
        .body("data[0].attributes.visibility.category", contains("PF", "FTF", "MARC"))
        .body("data[0].attributes.visibility.hidden", everyItem(equalTo(true)))
        .body("data[0].attributes.allowKbToAddTitles", equalTo(false))
        .body("data[0].attributes.proxy.id", equalTo("<n>"))
        .body("data[0].attributes.tags.tagList", empty())
        .body("data[0].attributes.customAltNames[0].altName", equalTo("Green serials"))
        .body("data[0].relationships.accessType.data.id", equalTo(subscribed.toString()))
        .body("included[0].type", equalTo("accessTypes"))
        .body("included[0].attributes.name", equalTo("Subscribed"));
  }

  @Test
  void searchTypesMatchWordsPhrasesWholeNamesAndBeginnings() {
    names("q=ecology archive").body("data.attributes.name", contains("Marine Ecology Archive"));
    names("q=books journals&q[type]=any").body("data.attributes.name", contains("Ecology Books", "Ecology Journals"));
    names("q=ecology books&q[type]=exactmatch").body("data.attributes.name", contains("Ecology Books"));
    names("q=ecology b&q[type]=exactmatch").body("data", empty());
    names("q=ecology&q[type]=beginswith").body("data.attributes.name", contains("Ecology Books", "Ecology Journals"));
    names("q=marine ecology&q[type]=exactphrase").body("data.attributes.name", contains("Marine Ecology Archive"));
    names("q=ecology marine&q[type]=exactphrase").body("data", empty());
    names("q=ecology marine&q[type]=advanced").body("data.attributes.name", contains("Marine Ecology Archive"));
    names("q=green serials&q[field]=keyword").body("data.attributes.name", contains("Ecology Journals"));
    names("q=green serials&q[field]=name").body("data", empty());
  }

  @Test
  void sortByNameIgnoresRelevance() {
    names("q=ecology&sort=name").body("data.attributes.name",
        contains("Ecology Books", "Ecology Journals", "Marine Ecology Archive", "Paleoecology Reference"));
    names("q=archive&sort=relevance").body("data.attributes.name", contains("Marine Ecology Archive"));
  }

  @Test
  void filtersNarrowTheSearch() {
    names("q=ecology&filter[selected]=true").body("data.attributes.name", contains("Ecology Journals"));
    names("q=ecology&filter[selected]=false").body("data", hasSize(3));
    names("q=ecology&filter[selected]=ebsco").body("data.attributes.name", contains("Ecology Journals"));
    names("q=ecology&filter[type]=ebook").body("data.attributes.name", contains("Ecology Books"));
    names("q=ecology&filter[type]=all").body("data", hasSize(4));
    names("q=ecology&filter[type]=onlinereference").body("data.attributes.name", contains("Paleoecology Reference"));
    names("q=ecology&filter[visibility]=true").body("data.attributes.name", contains("Ecology Journals"));
    names("q=ecology&filter[visibility]=false").body("data", hasSize(3));
    names("q=ecology&filter[access]=public").body("data.attributes.name", contains("Ecology Journals"));
    names("q=ecology&filter[access]=controlled").body("data", hasSize(3));
    names("q=ecology&filter[access-type]=subscribed").body("data.attributes.name", contains("Ecology Journals"));
    names("q=ecology&filter[access-type]=Other&filter[access-type]=Subscribed").body("data", hasSize(1));
    names("filter[custom]=true").body("data", empty());
  }

  @Test
  void badFilterValuesAreBadRequests() {
    title("q=", "Invalid Query Parameter for q: cannot be empty");
    title("q=eco&q[type]=fuzzy", "Invalid Query Parameter for qType");
    title("q=eco&q[field]=isbn", "Invalid Query Parameter for qField");
    title("q=eco&filter[type]=poster", "Invalid Query Parameter for filter[type]");
    title("q=eco&filter[selected]=yes", "Invalid Query Parameter for filter[selected]");
    title("q=eco&filter[visibility]=maybe", "Invalid Query Parameter for filter[visibility]");
    title("q=eco&filter[access]=secret", "Invalid Query Parameter for filter[access]");
    title("filter[custom]=false", "Invalid Query Parameter for filter[custom]: only 'true' is supported");
    title("q=eco&sort=date", "Invalid Query Parameter for sort");
    title("q=eco&page=0", "'page' parameter is incorrect. parameter value {0} is not valid: must be greater than or equal to 1");
  }

  @Test
  void aPackageWithItsProviderResourcesAndAccessTypeIncluded() {
    api().get("/eholdings/packages/" + press + "-" + journals + "?include=resources,provider,accessType").then().statusCode(200)
        .body("data.attributes.name", equalTo("Ecology Journals"))
        .body("data.relationships.provider.data.id", equalTo(String.valueOf(press)))
        .body("data.relationships.resources.data", hasSize(3))
        .body("data.relationships.accessType.data.type", equalTo("accessTypes"))
        .body("included.type", containsInAnyOrder("providers", "resources", "resources", "resources", "accessTypes"));
  }

  @Test
  void anAssignedAccessTypeIsAlwaysIncluded() {
    api().get("/eholdings/packages/" + press + "-" + journals).then().statusCode(200)
        .body("data.relationships.resources.meta.included", equalTo(false))
        .body("included.type", contains("accessTypes"));
    api().get("/eholdings/packages/" + press + "-" + books).then().statusCode(200)
        .body("included", empty()).body("data.relationships.accessType.meta.included", equalTo(false));
  }

  @Test
  void badPackageIdsAreBadRequestsAndUnknownOnesNotFound() {
    api().get("/eholdings/packages/" + journals).then().statusCode(400)
        .body("errors[0].title", equalTo("Package and provider id are required"));
    api().get("/eholdings/packages/a-b").then().statusCode(400).body("errors[0].title", equalTo("Package or provider id are invalid"));
    api().get("/eholdings/packages/1-2-3").then().statusCode(400).body("errors[0].title", equalTo("Package and provider id are required"));
    api().get("/eholdings/packages/" + press + "-99999").then().statusCode(404).body("errors[0].title", equalTo("Package not found"));
    api().get("/eholdings/packages/99999-" + journals).then().statusCode(404).body("errors[0].title", equalTo("Package not found"));
  }

  @Test
  void aPackagesResourcesEachCarryAnIncludedArray() {
    api().get("/eholdings/packages/" + press + "-" + journals + "/resources?searchfield=title&count=100&page=1").then().statusCode(200)
        .body("data.attributes.name", contains("Annual Review of Ecology", "Ecology Letters", "Journal of Ecology"))
        .body("data.included", everyItem(empty()))
        .body("data[2].id", equalTo(press + "-" + journals + "-" + journalOfEcology))
        .body("data[2].attributes.packageId", equalTo(press + "-" + journals))
        .body("data[2].attributes.managedCoverages[0].beginCoverage", equalTo("1990-01-01"))
        .body("data[2].attributes.managedEmbargoPeriod.embargoUnit", equalTo("Months"))
        .body("meta.totalResults", equalTo(3));
  }

  @Test
  void aPackagesResourcesAreFiltered() {
    String path = "/eholdings/packages/" + press + "-" + journals + "/resources?";
    api().get(path + "filter[selected]=true").then().body("data.attributes.name", contains("Annual Review of Ecology", "Journal of Ecology"));
    api().get(path + "filter[selected]=false").then().body("data.attributes.name", contains("Ecology Letters"));
    api().get(path + "filter[name]=ecology").then().body("data.attributes.name",
        contains("Ecology Letters", "Annual Review of Ecology", "Journal of Ecology"));
    api().get(path + "filter[name]=ecology&sort=name").then().body("data.attributes.name",
        contains("Annual Review of Ecology", "Ecology Letters", "Journal of Ecology"));
    api().get(path + "filter[isxn]=00220477").then().body("data.attributes.name", contains("Journal of Ecology"));
    api().get(path + "filter[publisher]=wiley").then().body("data.attributes.name", contains("Ecology Letters"));
    api().get(path + "filter[type]=bookseries").then().body("data.attributes.name", contains("Annual Review of Ecology"));
    api().get(path + "filter[name]=ecology&filter[publisher]=wiley").then().statusCode(400)
        .body("errors[0].title", equalTo("Conflicting filter parameters"));
    api().get(path + "filter[type]=poster").then().statusCode(400).body("errors[0].title", equalTo("Invalid Query Parameter for filter[type]"));
    api().get("/eholdings/packages/" + press + "-99999/resources").then().statusCode(404).body("errors[0].title", equalTo("Package not found"));
  }

  @Test
  void bulkFetchAnswersFoundPackagesAndListsTheRest() {
    api().body("{\"packages\":[\"" + press + "-" + journals + "\",\"" + press + "-99999\",\"" + press + "-" + books + "\"]}")
        .post("/eholdings/packages/bulk/fetch").then().statusCode(200)
        .body("included.attributes.name", contains("Ecology Journals", "Ecology Books"))
        .body("meta.failed.packages", contains(press + "-99999"));
    api().body("{\"packages\":[\"" + press + "-" + journals + "\",\"bad\"]}").post("/eholdings/packages/bulk/fetch").then()
        .statusCode(422)
        .body("errors[0].message", equalTo("elements in list must match pattern"))
        .body("errors[0].parameters[0].key", equalTo("packages"));
    StringBuilder many = new StringBuilder("{\"packages\":[");
    for (int i = 0; i < 21; i++) {
      many.append(i == 0 ? "" : ",").append("\"1-").append(i).append("\"");
    }
    api().body(many.append("]}").toString()).post("/eholdings/packages/bulk/fetch").then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid packages"))
        .body("errors[0].message", equalTo("size must be between 0 and 20"))
        .body("errors[0].parameters[0].key", equalTo("packages"));
  }

  private static io.restassured.response.ValidatableResponse names(String query) {
    return api().get("/eholdings/packages?" + query).then().statusCode(200);
  }

  private static void title(String query, String title) {
    api().get("/eholdings/packages?" + query).then().statusCode(400).body("errors[0].title", equalTo(title));
  }
}

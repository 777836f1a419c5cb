package org.folio.access.eholdings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.specification.RequestSpecification;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Providers: search and ranking, one provider with its counts and packages, proxy and token, tags. */
class ProvidersIT {
  private static final String TENANT = "ehproviders";
  private static KnowledgeBase kb;
  private static long ecology;
  private static long ecologyPress;

  @BeforeAll
  static void seed() {
    kb = KnowledgeBase.enable(TENANT);
    ecology = kb.provider("Ecology");
    ecologyPress = kb.provider("Ecology Press");
    kb.provider("Journal of Ecology Studies");
    kb.provider("Paleoecology House");
    kb.provider("Astronomy Now");
    long journals = kb.managedPackage(ecologyPress, "Ecology Journals", "E-Journal");
    kb.managedPackage(ecologyPress, "Ecology Books", "E-Book");
    kb.resource(ecologyPress, journals, kb.title("Journal of Ecology", "Journal", "Ecology Press", "0022-0477"), true);
  }

  private static RequestSpecification api() {
    return TestModule.as(TENANT);
  }

  @Test
  void relevanceRanksExactNameThenPrefixThenWholeWordThenSubstring() {
    api().get("/eholdings/providers?q=ecology").then().statusCode(200)
        .contentType(containsString("application/vnd.api+json"))
        .body("data.attributes.name", contains("Ecology", "Ecology Press", "Journal of Ecology Studies", "Paleoecology House"))
        .body("meta.totalResults", equalTo(4))
        .body("jsonapi.version", equalTo("1.0"));
  }

  @Test
  void sortByNameOrdersAlphabetically() {
    api().get("/eholdings/providers?q=ecology&sort=name").then().statusCode(200)
        .body("data.attributes.name", contains("Ecology", "Ecology Press", "Journal of Ecology Studies", "Paleoecology House"));
    api().get("/eholdings/providers?q=ecology&sort=name&count=2&page=2").then().statusCode(200)
        .body("data.attributes.name", contains("Journal of Ecology Studies", "Paleoecology House"))
        .body("meta.totalResults", equalTo(4));
  }

  @Test
  void everyWordMustBeInTheName() {
    api().queryParam("q", "press  ecology").get("/eholdings/providers").then().statusCode(200)
        .body("data.attributes.name", contains("Ecology Press"));
  }

  @Test
  void aPageBeyondTheLastStillCountsTheMatches() {
    api().get("/eholdings/providers?q=ecology&page=9").then().statusCode(200)
        .body("data", empty()).body("meta.totalResults", equalTo(4));
  }

  @Test
  void anEmptySearchIsABadRequest() {
    api().get("/eholdings/providers?q=").then().statusCode(400)
        .contentType(containsString("application/vnd.api+json"))
        .body("errors[0].title", equalTo("Search parameter cannot be empty"));
  }

  @Test
  void aCountOverOneHundredIsABadRequest() {
    api().get("/eholdings/providers?q=ecology&count=1000").then().statusCode(400)
        .body("errors[0].title", equalTo("'count' parameter is incorrect. parameter value {1000} is not valid: must be less than or equal to 100"));
  }

  @Test
  void anUnknownSortIsABadRequest() {
    api().get("/eholdings/providers?q=ecology&sort=date").then().statusCode(400)
        .body("errors[0].title", equalTo("Invalid Query Parameter for sort"));
  }

  @Test
  void unknownQueryParametersAreIgnored() {
    api().get("/eholdings/providers?q=astronomy&searchfield=title&metrictype=true").then().statusCode(200)
        .body("data.attributes.name", contains("Astronomy Now"));
  }

  @Test
  void aProviderShowsItsPackageCountsAndTheRootProxy() {
    api().get("/eholdings/providers/" + ecologyPress).then().statusCode(200)
        .body("data.id", equalTo(String.valueOf(ecologyPress)))
        .body("data.type", equalTo("providers"))
        .body("data.attributes.name", equalTo("Ecology Press"))
        .body("data.attributes.providerId", equalTo((int) ecologyPress))
        .body("data.attributes.packagesTotal", equalTo(2))
        .body("data.attributes.packagesSelected", equalTo(1))
        .body("data.attributes.supportsCustomPackages", equalTo(false))
        .body("data.attributes.proxy.id", equalTo("<n>"))
        .body("data.attributes.proxy.inherited", equalTo(true))
        .body("data.attributes.providerToken.factName", equalTo("[[siteid]]"))
        .body("data.relationships.packages.meta.included", equalTo(false));
  }

  @Test
  void theLibrarysOwnProviderSupportsCustomPackages() {
    api().get("/eholdings/providers/" + kb.ownProvider()).then().statusCode(200)
        .body("data.attributes.supportsCustomPackages", equalTo(true));
  }

  @Test
  void includePackagesAddsTheProvidersPackages() {
    api().get("/eholdings/providers/" + ecologyPress + "?include=packages").then().statusCode(200)
        .body("data.relationships.packages.data.type", contains("packages", "packages"))
        .body("included.attributes.name", contains("Ecology Books", "Ecology Journals"));
  }

  @Test
  void anUnknownProviderIsNotFoundAndABadIdIsABadRequest() {
    api().get("/eholdings/providers/999999").then().statusCode(404).body("errors[0].title", equalTo("Provider not found"));
    api().get("/eholdings/providers/abc").then().statusCode(400).body("errors[0].title", equalTo("Provider id is invalid - abc"));
  }

  @Test
  void aProviderTakesAProxyAndTheRootProxyMeansInheriting() {
    long id = kb.provider("Proxy Test Provider");
    put(id, "{\"data\":{\"type\":\"providers\",\"attributes\":{\"proxy\":{\"id\":\"ezproxy\"}}}}").statusCode(200)
        .body("data.attributes.proxy.id", equalTo("EZProxy")).body("data.attributes.proxy.inherited", equalTo(false));
    assertEquals("EZProxy", kb.one("SELECT proxy_id FROM {schema}.providers WHERE id = $1", id).getString("proxy_id"));
    put(id, "{\"data\":{\"type\":\"providers\",\"attributes\":{\"proxy\":{\"id\":\"<n>\"}}}}").statusCode(200)
        .body("data.attributes.proxy.id", equalTo("<n>")).body("data.attributes.proxy.inherited", equalTo(true));
    assertNull(kb.one("SELECT proxy_id FROM {schema}.providers WHERE id = $1", id).getString("proxy_id"));
  }

  @Test
  void anUnknownProxyIsABadRequest() {
    put(ecology, "{\"data\":{\"type\":\"providers\",\"attributes\":{\"proxy\":{\"id\":\"NoSuchProxy\"}}}}").statusCode(400)
        .body("errors[0].title", equalTo("Invalid Proxy ID"));
  }

  @Test
  void theProviderTokenValueIsKeptWithItsDefinition() {
    long id = kb.provider("Token Provider");
    put(id, "{\"data\":{\"type\":\"providers\",\"attributes\":{\"providerToken\":{\"value\":\"lib42\"}}}}").statusCode(200)
        .body("data.attributes.providerToken.value", equalTo("lib42"))
        .body("data.attributes.providerToken.factName", equalTo("[[siteid]]"));
    put(id, "{\"data\":{\"type\":\"providers\",\"attributes\":{\"providerToken\":{\"value\":\"" + "x".repeat(501) + "\"}}}}")
        .statusCode(422).body("errors[0].title", containsString("Invalid"));
  }

  @Test
  void aPutWithoutAttributesIsRefused() {
    put(ecology, "{\"data\":{\"type\":\"providers\"}}").statusCode(422);
    api().body("{\"data\":{\"attributes\":{}}}").put("/eholdings/providers/777777").then().statusCode(404)
        .body("errors[0].title", equalTo("Provider not found"));
  }

  @Test
  void tagsAreReplacedAndFilterProviders() {
    long id = kb.provider("Tagged Provider");
    api().contentType("application/vnd.api+json")
        .body("{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"Tagged Provider\",\"tags\":{\"tagList\":[\"core\",\" core \",\"open\"]}}}}")
        .put("/eholdings/providers/" + id + "/tags").then().statusCode(200)
        .body("data.type", equalTo("tags")).body("data.attributes.tags.tagList", contains("core", "open"));
    api().get("/eholdings/providers?filter[tags]=open").then().statusCode(200)
        .body("data.attributes.name", contains("Tagged Provider"));
    api().get("/eholdings/providers/" + id).then().body("data.attributes.tags.tagList", contains("core", "open"));
    api().body("{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"Tagged Provider\",\"tags\":{\"tagList\":[]}}}}")
        .put("/eholdings/providers/" + id + "/tags").then().statusCode(200);
    api().get("/eholdings/providers?filter[tags]=open").then().statusCode(200).body("data", empty());
  }

  @Test
  void aTagsBodyNeedsAttributesANameAndTags() {
    tags(ecology, "{\"data\":{\"type\":\"tags\"}}").statusCode(422).body("errors[0].title", equalTo("Invalid request body"));
    tags(ecology, "{}").statusCode(422).body("errors[0].title", equalTo("Invalid request body"));
    tags(ecology, "{\"data\":{\"type\":\"tags\",\"attributes\":{\"tags\":{\"tagList\":[]}}}}").statusCode(422)
        .body("errors[0].title", equalTo("Invalid name"));
    tags(ecology, "{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"" + "n".repeat(201) + "\",\"tags\":{\"tagList\":[]}}}}")
        .statusCode(422).body("errors[0].title", equalTo("Invalid name"));
    tags(ecology, "{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"Ecology\"}}}").statusCode(422)
        .body("errors[0].title", equalTo("Invalid tags"));
    tags(999999, "{\"data\":{\"type\":\"tags\",\"attributes\":{\"name\":\"x\",\"tags\":{\"tagList\":[]}}}}").statusCode(404);
  }

  @Test
  void aProvidersPackagesAreListedSearchedAndFiltered() {
    api().get("/eholdings/providers/" + ecologyPress + "/packages").then().statusCode(200)
        .body("data.attributes.name", contains("Ecology Books", "Ecology Journals")).body("meta.totalResults", equalTo(2));
    api().get("/eholdings/providers/" + ecologyPress + "/packages?q=journals&filter[selected]=true").then().statusCode(200)
        .body("data.attributes.name", contains("Ecology Journals"));
    api().get("/eholdings/providers/" + ecology + "/packages").then().statusCode(200)
        .body("data", empty()).body("meta.totalResults", equalTo(0));
    api().get("/eholdings/providers/999999/packages").then().statusCode(404).body("errors[0].title", equalTo("Provider not found"));
    api().get("/eholdings/providers/" + ecologyPress + "/packages?filter[selected]=maybe").then().statusCode(400)
        .body("errors[0].title", equalTo("Invalid Query Parameter for filter[selected]"));
  }

  @Test
  void usageConsolidationIsNotFoundAsAJsonApiError() {
    api().get("/eholdings/uc?metrictype=true").then().statusCode(404)
        .contentType(containsString("application/vnd.api+json"))
        .body("errors[0].title", equalTo("Usage Consolidation is not enabled for KB credentials with id: "
            + EholdingsTenantData.DEFAULT_CREDENTIALS_ID))
        .body("jsonapi.version", equalTo("1.0"))
        .body("data", nullValue());
  }

  @Test
  void anInheritedRootProxyShowsThroughUntilTheProviderHasItsOwn() {
    String tenant = "ehrootproxy";
    KnowledgeBase other = KnowledgeBase.enable(tenant);
    long id = other.provider("Root Proxy Provider");
    other.rootProxy("EZProxy");
    TestModule.as(tenant).get("/eholdings/providers/" + id).then().statusCode(200)
        .body("data.attributes.proxy.id", equalTo("EZProxy")).body("data.attributes.proxy.inherited", equalTo(true));
    TestModule.as(tenant).get("/eholdings/providers?q=root").then()
        .body("data.attributes.proxy.id", hasItem("EZProxy"));
  }

  private static io.restassured.response.ValidatableResponse put(long id, String body) {
    return api().body(body).put("/eholdings/providers/" + id).then();
  }

  private static io.restassured.response.ValidatableResponse tags(long id, String body) {
    return api().body(body).put("/eholdings/providers/" + id + "/tags").then();
  }
}

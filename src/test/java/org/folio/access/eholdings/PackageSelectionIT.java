package org.folio.access.eholdings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Selecting managed packages: all their resources follow in the same transaction; customisations only while selected. */
class PackageSelectionIT {
  private static final String TENANT = "ehselection";
  private static KnowledgeBase kb;
  private static long provider;
  private static UUID licensed;

  @BeforeAll
  static void seed() {
    kb = KnowledgeBase.enable(TENANT);
    provider = kb.provider("Selection Press");
    licensed = kb.accessType("Licensed");
  }

  private static RequestSpecification api() {
    return TestModule.as(TENANT);
  }

  /** A managed package of three titles, one of them selected. */
  private static String threeTitlePackage(String name) {
    return threeTitlePackage(provider, name);
  }

  private static String threeTitlePackage(long provider, String name) {
    long pkg = kb.managedPackage(provider, name, "E-Journal");
    kb.resource(provider, pkg, kb.title(name + " one", "Journal", "Selection Press"), true);
    kb.resource(provider, pkg, kb.title(name + " two", "Journal", "Selection Press"), false);
    kb.resource(provider, pkg, kb.title(name + " three", "Journal", "Selection Press"), false);
    return provider + "-" + pkg;
  }

  private static ValidatableResponse put(String id, String attributes) {
    return api().body("{\"data\":{\"type\":\"packages\",\"attributes\":" + attributes + "}}").put("/eholdings/packages/" + id).then();
  }

  private static long selected(String id) {
    return kb.one("SELECT count(*) AS n FROM {schema}.resources WHERE package_id = $1 AND is_selected",
        Long.parseLong(id.split("-")[1])).getLong("n");
  }

  @Test
  void selectingAManagedPackageSelectsAllItsResourcesAtOnce() {
    long wholeSelection = kb.provider("Whole Selection Press");
    String id = threeTitlePackage(wholeSelection, "Whole Selection");
    kb.run("UPDATE {schema}.packages SET is_selected = false WHERE id = $1", Long.parseLong(id.split("-")[1]));
    put(id, "{\"isSelected\":true}").statusCode(200)
        .body("data.attributes.isSelected", equalTo(true))
        .body("data.attributes.selectedCount", equalTo(3))
        .body("data.attributes.titleCount", equalTo(3))
        .body("data.attributes.allowKbToAddTitles", equalTo(true));
    assertEquals(3, selected(id));
    api().get("/eholdings/providers/" + wholeSelection).then().body("data.attributes.packagesSelected", equalTo(1))
        .body("data.attributes.packagesTotal", equalTo(1));
  }

  @Test
  void deselectingAManagedPackageDeselectsItsResourcesAndDropsCustomisations() {
    String id = threeTitlePackage("Deselection");
    put(id, "{\"isSelected\":true,\"customCoverage\":{\"beginCoverage\":\"2001-01-01\"},\"visibilityData\":{\"isHidden\":true},"
        + "\"proxy\":{\"id\":\"OpenAthens\"},\"accessTypeId\":\"" + licensed + "\",\"packageToken\":{\"value\":\"t1\"}}").statusCode(200);
    kb.run("UPDATE {schema}.resources SET is_hidden = true, proxy_id = 'EZProxy', jsonb = jsonb || '{\"coverageStatement\": \"x\"}'"
        + " WHERE package_id = $1", Long.parseLong(id.split("-")[1]));
    put(id, "{\"isSelected\":false,\"customCoverage\":{\"beginCoverage\":\"2001-01-01\"},\"visibilityData\":{\"isHidden\":true}}")
        .statusCode(200)
        .body("data.attributes.isSelected", equalTo(false))
        .body("data.attributes.selectedCount", equalTo(0))
        .body("data.attributes.customCoverage.beginCoverage", equalTo(""))
        .body("data.attributes.visibilityData.isHidden", equalTo(false))
        .body("data.attributes.proxy.inherited", equalTo(true))
        .body("data.relationships.accessType.meta.included", equalTo(false))
        .body("included", empty());
    assertEquals(0, selected(id));
    assertEquals(0, kb.one("SELECT count(*) AS n FROM {schema}.resources WHERE package_id = $1 AND (is_hidden OR proxy_id IS NOT NULL"
        + " OR jsonb ? 'coverageStatement')", Long.parseLong(id.split("-")[1])).getLong("n"));
  }

  @Test
  void anUnselectedManagedPackageRefusesCustomisations() {
    String id = threeTitlePackage("Unselected");
    put(id, "{\"isSelected\":false}").statusCode(200);
    put(id, "{\"isSelected\":false,\"customCoverage\":{\"beginCoverage\":\"2001-01-01\"}}").statusCode(422)
        .body("errors[0].title", equalTo("Package cannot be updated unless added to holdings"));
    put(id, "{\"isSelected\":false,\"proxy\":{\"id\":\"EZProxy\"}}").statusCode(422);
    put(id, "{\"isSelected\":false,\"proxy\":{\"id\":\"<n>\"},\"visibilityData\":{\"isHidden\":false}}").statusCode(200);
  }

  @Test
  void whatAClientReadsItCanPutBack() {
    String id = threeTitlePackage("Round Trip");
    Map<String, Object> data = api().get("/eholdings/packages/" + id).then().statusCode(200).extract().path("data");
    api().body(Map.of("data", data)).put("/eholdings/packages/" + id).then().statusCode(200)
        .body("data.attributes.selectedCount", equalTo(1));
    assertEquals(1, selected(id));
  }

  @Test
  void aFullPackageRequestSelectsTheRestOfAPartlySelectedPackage() {
    String id = threeTitlePackage("Partly Selected");
    put(id, "{\"isSelected\":true,\"allowKbToAddTitles\":false}").statusCode(200).body("data.attributes.selectedCount", equalTo(1));
    put(id, "{\"isSelected\":true,\"isFullPackage\":true}").statusCode(200).body("data.attributes.selectedCount", equalTo(3));
    assertEquals(3, selected(id));
  }

  @Test
  void aSelectedPackageTakesCoverageVisibilityTokenAndAccessType() {
    String id = threeTitlePackage("Customised");
    put(id, "{\"isSelected\":true,\"customCoverage\":{\"beginCoverage\":\"2001-01-01\",\"endCoverage\":null},"
        + "\"visibility\":[{\"category\":\"PF\",\"hidden\":true,\"reason\":\"Set by library\"}],"
        + "\"packageToken\":{\"value\":\"site7\"},\"accessTypeId\":\"" + licensed + "\",\"allowKbToAddTitles\":false}")
        .statusCode(200)
        .body("data.attributes.customCoverage.beginCoverage", equalTo("2001-01-01"))
        .body("data.attributes.customCoverage.endCoverage", equalTo(""))
        .body("data.attributes.visibilityData.isHidden", equalTo(true))
        .body("data.attributes.visibilityData.reason", equalTo("Set by library"))
        .body("data.attributes.visibility.hidden", contains(true, true, true))
        .body("data.attributes.packageToken.value", equalTo("site7"))
        .body("data.attributes.allowKbToAddTitles", equalTo(false))
        .body("data.relationships.accessType.data.id", equalTo(licensed.toString()))
        .body("included[0].attributes.name", equalTo("Licensed"));
    put(id, "{\"isSelected\":true,\"accessTypeId\":\"\",\"customCoverage\":{},\"visibilityData\":{\"isHidden\":false}}")
        .statusCode(200)
        .body("data.relationships.accessType.meta.included", equalTo(false))
        .body("data.attributes.customCoverage.beginCoverage", equalTo(""))
        .body("data.attributes.visibilityData.isHidden", equalTo(false));
    put(id, "{\"isSelected\":true,\"accessTypeId\":\"" + UUID.randomUUID() + "\"}").statusCode(400);
  }

  @Test
  void aPackageInheritsItsProvidersProxyUntilItHasItsOwn() {
    long proxied = kb.provider("Proxied Press");
    api().body("{\"data\":{\"attributes\":{\"proxy\":{\"id\":\"EZProxy\"}}}}").put("/eholdings/providers/" + proxied).then().statusCode(200);
    long pkg = kb.managedPackage(proxied, "Proxied package", "E-Book");
    String id = proxied + "-" + pkg;
    put(id, "{\"isSelected\":true}").body("data.attributes.proxy.id", equalTo("EZProxy"))
        .body("data.attributes.proxy.inherited", equalTo(true));
    put(id, "{\"isSelected\":true,\"proxy\":{\"id\":\"OpenAthens\"}}").body("data.attributes.proxy.id", equalTo("OpenAthens"))
        .body("data.attributes.proxy.inherited", equalTo(false));
    put(id, "{\"isSelected\":true,\"proxy\":{\"id\":\"EZProxy\",\"inherited\":true}}").body("data.attributes.proxy.inherited", equalTo(true));
    assertFalse(kb.one("SELECT proxy_id IS NOT NULL AS own FROM {schema}.packages WHERE id = $1", pkg).getBoolean("own"));
    put(id, "{\"isSelected\":true,\"proxy\":{\"id\":\"Nope\"}}").statusCode(400).body("errors[0].title", equalTo("Invalid Proxy ID"));
  }

  @Test
  void countsStayTrueAfterSelectionsOfTheWholePackage() {
    String id = threeTitlePackage("Counted");
    put(id, "{\"isSelected\":false}").statusCode(200);
    put(id, "{\"isSelected\":true}").statusCode(200);
    JsonObject counts = new JsonObject(kb.one("SELECT json_build_object('titles', title_count, 'selected', selected_count)::text AS c"
        + " FROM {schema}.packages WHERE id = $1", Long.parseLong(id.split("-")[1])).getString("c"));
    assertEquals(3, counts.getInteger("titles"));
    assertEquals(3, counts.getInteger("selected"));
  }
}

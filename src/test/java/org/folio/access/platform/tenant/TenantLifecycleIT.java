package org.folio.access.platform.tenant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TenantLifecycleIT {
  private static TestModule module;

  @BeforeAll
  static void start() {
    module = TestModule.get();
  }

  @Test
  void enablingCreatesTheTenantSchemaWithItsMigrations() {
    JsonPath job = TenantClient.enable("libone", "mod-access-services-1.0.0", true, true);
    assertTrue(job.getBoolean("complete"));
    assertEquals(null, job.getString("error"));
    assertTrue(module.schemaExists("libone_mod_access_services"));
    assertEquals(1, module.sql("SELECT 1 FROM libone_mod_access_services.schema_version WHERE version = 1").size());
    assertEquals(true, module.sql("SELECT enabled FROM mod_access_services_platform.tenant WHERE id = 'libone'")
        .iterator().next().getBoolean("enabled"));
  }

  @Test
  void enablingAgainAppliesNothingNew() {
    TenantClient.enable("libtwo", "mod-access-services-1.0.0", false, false);
    JsonPath again = TenantClient.enable("libtwo", "mod-access-services-1.0.0", true, false);
    assertTrue(again.getBoolean("complete"));
    assertThat(again.getList("messages", String.class), hasItem(containsString("applied 0 migration(s)")));
  }

  @Test
  void upgradingFromAnEarlierVersionCompletes() {
    TenantClient.enable("libthree", "mod-access-services-0.9.0", false, false);
    JsonPath upgrade = TenantClient.run("libthree",
        Map.of("module_from", "mod-access-services-0.9.0", "module_to", "mod-access-services-1.0.0"));
    assertTrue(upgrade.getBoolean("complete"));
    assertEquals(null, upgrade.getString("error"));
  }

  @Test
  void enablingAnswersTheJobAndItsLocationAtOnce() {
    given().header("X-Okapi-Tenant", "libfour").contentType(ContentType.JSON)
        .body(Map.of("module_to", "mod-access-services-1.0.0"))
        .post("/_/tenant")
        .then().statusCode(201)
        .header("Location", startsWith("/_/tenant/"))
        .body("tenant", equalTo("libfour"))
        .body("tenantAttributes.module_to", equalTo("mod-access-services-1.0.0"));
  }

  @Test
  void disablingKeepsTheDataAndPurgingDropsTheSchema() {
    TenantClient.enable("libfive", "mod-access-services-1.0.0", false, false);
    TenantClient.run("libfive", Map.of("module_to", "mod-access-services-1.0.0"));
    given().header("X-Okapi-Tenant", "libfive").contentType(ContentType.JSON)
        .body(Map.of("module_from", "mod-access-services-1.0.0"))
        .post("/_/tenant").then().statusCode(204);
    assertTrue(module.schemaExists("libfive_mod_access_services"));
    assertEquals(false, module.sql("SELECT enabled FROM mod_access_services_platform.tenant WHERE id = 'libfive'")
        .iterator().next().getBoolean("enabled"));
    TenantClient.purge("libfive");
    assertFalse(module.schemaExists("libfive_mod_access_services"));
    assertEquals(0, module.sql("SELECT 1 FROM mod_access_services_platform.tenant WHERE id = 'libfive'").size());
  }

  @Test
  void aJobCanBeForgottenOnceAndIsThenUnknown() {
    String location = given().header("X-Okapi-Tenant", "libsix").contentType(ContentType.JSON)
        .body(Map.of("module_to", "mod-access-services-1.0.0"))
        .post("/_/tenant").then().statusCode(201).extract().header("Location");
    given().header("X-Okapi-Tenant", "libsix").get(location + "?wait=60000").then().statusCode(200)
        .body("complete", equalTo(true));
    given().header("X-Okapi-Tenant", "libsix").delete(location).then().statusCode(204);
    given().header("X-Okapi-Tenant", "libsix").delete(location).then().statusCode(404);
    given().header("X-Okapi-Tenant", "libsix").get(location).then().statusCode(404);
  }

  @Test
  void anotherTenantCannotSeeTheJob() {
    String location = given().header("X-Okapi-Tenant", "libseven").contentType(ContentType.JSON)
        .body(Map.of("module_to", "mod-access-services-1.0.0"))
        .post("/_/tenant").then().statusCode(201).extract().header("Location");
    given().header("X-Okapi-Tenant", "libeight").get(location).then().statusCode(404)
        .body("errors[0].code", equalTo("NOT_FOUND"));
  }

  @Test
  void anUnknownOrMalformedJobIdIsNotFound() {
    given().header("X-Okapi-Tenant", "diku").get("/_/tenant/5b0a4d5e-1f7c-4b8e-9b0e-3c1f2d4e5a6b").then().statusCode(404);
    given().header("X-Okapi-Tenant", "diku").get("/_/tenant/not-a-uuid").then().statusCode(404);
  }

  @Test
  void aBodyWithNeitherModuleToNorModuleFromIsRefused() {
    given().header("X-Okapi-Tenant", "diku").contentType(ContentType.JSON).body("{}")
        .post("/_/tenant").then().statusCode(422).body("errors[0].parameters[0].key", equalTo("module_to"));
  }

  @Test
  void aWaitBeyondItsMaximumIsABadRequest() {
    given().header("X-Okapi-Tenant", "diku").get("/_/tenant/5b0a4d5e-1f7c-4b8e-9b0e-3c1f2d4e5a6b?wait=600001")
        .then().statusCode(400).body("errors[0].parameters[0].key", equalTo("wait"));
  }

  private static <T> void assertThat(T actual, org.hamcrest.Matcher<? super T> matcher) {
    org.hamcrest.MatcherAssert.assertThat(actual, matcher);
  }
}

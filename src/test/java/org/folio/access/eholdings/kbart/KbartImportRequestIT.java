package org.folio.access.eholdings.kbart;

import static io.restassured.RestAssured.given;
import static org.folio.access.eholdings.kbart.KbartFiles.file;
import static org.folio.access.eholdings.kbart.KbartFiles.journal;
import static org.folio.access.eholdings.kbart.KbartFiles.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import org.folio.access.Module;
import org.folio.access.platform.Config;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the import endpoint refuses, and that a refused upload leaves nothing behind. */
class KbartImportRequestIT {
  private static final String TENANT = "kbartreq";
  private static final String OTHER = "kbartother";
  private static TestModule module;

  @BeforeAll
  static void enable() {
    module = TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
    TenantClient.enable(OTHER, "mod-access-services-1.0.0", true, false);
  }

  static String oneGoodJournal() {
    return file(journal("Harbour Notes", "", Isxn.issnOf(4242), "", "", ""));
  }

  @Test
  void anotherTenantsImportIsNotFoundAndABadIdIsRefused() {
    String location = upload(TENANT, "Isolated Press", "Isolated", oneGoodJournal()).then().statusCode(202)
        .extract().header("Location");
    given().header("X-Okapi-Tenant", OTHER).get(location).then().statusCode(404)
        .contentType(startsWith("application/vnd.api+json"))
        .body("errors[0].title", equalTo("KBART import not found"));
    given().header("X-Okapi-Tenant", TENANT).get(location).then().statusCode(200);
    given().header("X-Okapi-Tenant", TENANT).get("/eholdings/kbart-imports/0d1f6e2a-51c4-4b7a-9a55-6a2f9e0f3b21")
        .then().statusCode(404);
    given().header("X-Okapi-Tenant", TENANT).get("/eholdings/kbart-imports/12x").then().statusCode(400)
        .body("errors[0].title", equalTo("KBART import id is invalid - 12x"));
  }

  @Test
  void missingOrBadQueryParametersAre400NamingTheParameter() {
    given().header("X-Okapi-Tenant", TENANT).contentType(KbartFiles.TSV).queryParam("providerName", "P")
        .queryParam("contentType", "E-Journal").body(oneGoodJournal()).post("/eholdings/kbart-imports")
        .then().statusCode(400).body("errors[0].source.parameter", equalTo("packageName"))
        .body("errors[0].title", containsString("'packageName' parameter is incorrect"));
    given().header("X-Okapi-Tenant", TENANT).contentType(KbartFiles.TSV).queryParam("providerName", "P")
        .queryParam("packageName", "K").queryParam("contentType", "Ebooks").body(oneGoodJournal())
        .post("/eholdings/kbart-imports")
        .then().statusCode(400).body("errors[0].source.parameter", equalTo("contentType"));
    given().header("X-Okapi-Tenant", TENANT).contentType(KbartFiles.TSV).queryParam("providerName", "  ")
        .queryParam("packageName", "K").queryParam("contentType", "E-Book").body(oneGoodJournal())
        .post("/eholdings/kbart-imports")
        .then().statusCode(400).body("errors[0].title", containsString("must not be blank"));
    given().header("X-Okapi-Tenant", TENANT).contentType(KbartFiles.TSV).queryParam("providerName", "P")
        .queryParam("packageName", "x".repeat(201)).queryParam("contentType", "E-Book").body(oneGoodJournal())
        .post("/eholdings/kbart-imports")
        .then().statusCode(400).body("errors[0].title", containsString("must be at most 200 characters"));
    assertNothingCreated();
  }

  @Test
  void aBodyThatIsNotKbartIsRefusedWithAClearError() {
    upload(TENANT, "Refused Press", "Refused", "{\"data\": {\"type\": \"packages\"}}").then().statusCode(422)
        .contentType(startsWith("application/vnd.api+json"))
        .body("errors[0].title", equalTo("Not a KBART file"))
        .body("errors[0].detail", containsString("no publication_title column"));
    upload(TENANT, "Refused Press", "Refused", "").then().statusCode(422)
        .body("errors[0].detail", containsString("the file is empty"));
    upload(TENANT, "Refused Press", "Refused", file(journal("", "", "", "", "", ""), "a\tb")).then().statusCode(422)
        .body("errors[0].title", equalTo("No valid KBART line"))
        .body("errors[0].detail", equalTo("Nothing to import: 2 rejected; line 2: publication_title is empty"));
    given().header("X-Okapi-Tenant", TENANT).contentType("application/json").queryParam("providerName", "Refused Press")
        .queryParam("packageName", "Refused").queryParam("contentType", "E-Journal").body(oneGoodJournal())
        .post("/eholdings/kbart-imports").then().statusCode(415)
        .body("errors[0].title", equalTo("Unsupported media type"));
    given().header("X-Okapi-Tenant", TENANT).contentType("text/tab-separated-values; charset=ISO-8859-1")
        .queryParam("providerName", "Refused Press").queryParam("packageName", "Refused").queryParam("contentType", "E-Journal")
        .body(oneGoodJournal().getBytes(StandardCharsets.ISO_8859_1)).post("/eholdings/kbart-imports").then().statusCode(415);
    assertNothingCreated();
  }

  @Test
  void aFileWithCrlfABomAndColumnsInAnotherOrderImports() {
    String body = "\uFEFFonline_identifier\tpublication_title\tlocal_shelf\r\n" + Isxn.issnOf(777) + "\tBreakwater Quarterly\tB12\r\n";
    JsonPath done = KbartFiles.importAndWait(TENANT, "Loose Press", "Loose Format", body);
    assertEquals("completed", done.getString("state"));
    assertEquals(1, done.getInt("titlesAdded"));
    assertEquals("Breakwater Quarterly", module.sql("SELECT name FROM " + TENANT + "_mod_access_services.titles"
        + " WHERE external_key = $1", "issn:" + Isxn.compact(Isxn.issnOf(777))).iterator().next().getString("name"));
  }

  @Test
  void anUploadOverTheLimitIs413AndLeavesNothingStaged() {
    Config small = module.config().withHttpPort(0).withUploadLimitBytes(4096);
    Module second = Module.start(module.vertx(), small).await();
    try {
      StringBuilder big = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        big.append(journal("Limit Journal " + i, "", Isxn.issnOf(10_000 + i), "", "", "")).append('\n');
      }
      String body = file(big.toString().trim());
      RestAssured.given().port(second.port()).header("X-Okapi-Tenant", TENANT).contentType(KbartFiles.TSV)
          .queryParam("providerName", "Limit Press").queryParam("packageName", "Limit").queryParam("contentType", "E-Journal")
          .body(body.getBytes(StandardCharsets.UTF_8)).post("/eholdings/kbart-imports")
          .then().statusCode(413).body("errors[0].title", equalTo("KBART file too large"));
    } finally {
      second.stop().await();
    }
    assertNothingCreated();
  }

  private void assertNothingCreated() {
    assertEquals(0, module.sql("SELECT 1 FROM " + TENANT + "_mod_access_services.packages WHERE NOT is_custom"
        + " AND external_key IN ('refused', 'k', 'limit')").size());
    assertEquals(0, module.sql("SELECT 1 FROM " + TENANT + "_mod_access_services.kbart_staged_lines s WHERE NOT EXISTS"
        + " (SELECT 1 FROM " + TENANT + "_mod_access_services.kbart_imports i WHERE i.id = s.import_id)").size(),
        "no staged lines without an import");
  }
}

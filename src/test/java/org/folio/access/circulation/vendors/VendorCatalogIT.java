package org.folio.access.circulation.vendors;

import static org.folio.access.circulation.vendors.VendorLibrary.call;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockserver.model.HttpResponse.response;

import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.folio.access.support.OutsideSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockserver.verify.VerificationTimes;

/**
 * The catalog: the whole catalog asked once into a managed package (through the KBART merge), owned e-books and
 * audiobooks lendable, e-magazines apart, interest titles shown but not lendable; a delta; the availability
 * monitor; all as jobs with progress.
 */
class VendorCatalogIT {
  private static final int TITLES = 3000;
  private static OutsideSystem vendor;
  private static VendorLibrary library;

  @BeforeAll
  static void start() {
    vendor = OutsideSystem.start();
    library = new VendorLibrary("vendcatalog", vendor);
  }

  @AfterAll
  static void stop() {
    vendor.close();
  }

  /** Queues a job and waits for it; its final document. */
  static JsonPath run(VendorLibrary library, VendorLibrary.Account account, Map<String, Object> job) {
    String id = library.staff().body(job).post("/econtent/vendors/" + account.id() + "/jobs").then().statusCode(202)
        .body("type", equalTo(job.get("type"))).extract().path("id");
    for (int i = 0; i < 1200; i++) {
      JsonPath doc = library.staff().get("/econtent/vendors/" + account.id() + "/jobs/" + id).then().statusCode(200).extract().jsonPath();
      if ("completed".equals(doc.getString("state")) || "failed".equals(doc.getString("state"))) {
        return doc;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  private long count(String sql, Object... params) {
    return ((Number) library.econtent.value(sql, params)).longValue();
  }

  @Test
  void theWholeCatalogIsAskedOnceAndBecomesAPackageAndLendablesThenDeltasAndAvailabilityKeepItCurrent() {
    VendorLibrary.Account account = library.account("Catalog");
    library.mock().when(call(account, "GET", "/media/all")).respond(response().withStatusCode(200)
        .withHeader("Content-Type", "application/json").withBody(CatalogFeed.catalog(0, TITLES)));
    JsonPath imported = run(library, account, Map.of("type", "catalog-import"));
    assertEquals("completed", imported.getString("state"), imported.prettify());
    assertEquals(TITLES, imported.getInt("progress.titlesRead"));
    assertEquals(CatalogFeed.inPackage(TITLES), imported.getInt("progress.kbartLines"));
    assertEquals(CatalogFeed.lendable(TITLES), imported.getInt("progress.lendablesMadeOrChanged"));
    library.mock().verify(call(account, "GET", "/media/all").withHeader("Authorization", "Basic " + VendorLibrary.TOKEN),
        VerificationTimes.exactly(1));

    library.staff().get("/econtent/vendors/" + account.id()).then().statusCode(200)
        .body("catalog.titles", equalTo(CatalogFeed.inPackage(TITLES))).body("catalog.magazines", equalTo(TITLES / 5));
    String pkg = library.staff().get("/econtent/vendors/" + account.id()).then().extract().path("catalog.packageId");
    long packageId = Long.parseLong(pkg.split("-")[1]);
    assertEquals(CatalogFeed.inPackage(TITLES), count("SELECT count(*) FROM {s}.resources WHERE package_id = $1", packageId));
    assertEquals(CatalogFeed.lendable(TITLES), count("SELECT count(*) FROM {s}.econtent_lendables WHERE package_id = $1"
        + " AND source->>'vendorId' = $2 AND license_model = 'unlimited'", packageId, account.id()));
    // an interest title is in the package but not lendable; DRM decides the formats
    String interest = CatalogFeed.title(6).getString("isbn");
    assertEquals(0, count("SELECT count(*) FROM {s}.econtent_lendables WHERE source->>'itemId' = $1", interest));
    assertEquals(1, count("SELECT count(*) FROM {s}.titles WHERE external_key = $1", "isbn:" + interest));
    assertEquals(1, count("SELECT count(*) FROM {s}.econtent_lendables WHERE source->>'itemId' = $1"
        + " AND formats->0->>'drm' = 'adobe-acs' AND media_type = 'ebook'", CatalogFeed.title(0).getString("isbn")));
    assertEquals(1, count("SELECT count(*) FROM {s}.econtent_lendables WHERE source->>'itemId' = $1"
        + " AND formats->0->>'type' = 'zip' AND media_type = 'eaudio'", CatalogFeed.title(8).getString("isbn")));
    assertEquals(1, count("SELECT count(*) FROM {s}.econtent_lendables WHERE source->>'itemId' = $1"
        + " AND formats->0->>'drm' = 'vendor'", CatalogFeed.title(3).getString("isbn")));

    // never asked again unless forced
    library.staff().body(Map.of("type", "catalog-import")).post("/econtent/vendors/" + account.id() + "/jobs").then()
        .statusCode(409).body("errors[0].code", equalTo("CATALOG_IMPORTED"));
    library.mock().verify(call(account, "GET", "/media/all"), VerificationTimes.exactly(1));

    // a delta: one new title, one renamed, one removed
    JsonObject added = CatalogFeed.title(TITLES);
    JsonObject renamed = CatalogFeed.title(0).put("title", "Renamed title 0");
    String removed = CatalogFeed.title(1).getString("isbn");
    library.mock().when(call(account, "GET", "/media/delta")).respond(response().withStatusCode(200)
        .withHeader("Content-Type", "application/json").withBody(new JsonObject()
            .put("addedTitles", new JsonArray().add(added).add(renamed)).put("removedTitles", new JsonArray().add(removed)).encode()));
    JsonPath delta = run(library, account, Map.of("type", "catalog-delta"));
    assertEquals("completed", delta.getString("state"), delta.prettify());
    assertEquals(2, delta.getInt("progress.changed"));
    assertEquals(1, delta.getInt("progress.removed"));
    assertEquals(1, delta.getInt("progress.merge.titlesAdded"), delta.prettify());
    assertEquals(1, delta.getInt("progress.merge.titlesRemoved"), delta.prettify());
    assertEquals(1, count("SELECT count(*) FROM {s}.econtent_lendables WHERE source->>'itemId' = $1", added.getString("isbn")));
    assertEquals(0, count("SELECT count(*) FROM {s}.econtent_lendables WHERE source->>'itemId' = $1", removed));
    assertEquals(1, count("SELECT count(*) FROM {s}.titles WHERE name = 'Renamed title 0'"));
    library.mock().verify(call(account, "GET", "/media/delta").withQueryStringParameter("begin", ".+")
        .withQueryStringParameter("end", ".+"), VerificationTimes.exactly(1));
    library.mock().verify(call(account, "GET", "/media/all"), VerificationTimes.exactly(1));

    // availability: only what changed is written
    JsonArray availability = new JsonArray().add(new JsonObject().put("isbn", CatalogFeed.title(0).getString("isbn")).put("available", false))
        .add(new JsonObject().put("isbn", CatalogFeed.title(2).getString("isbn")).put("available", true))
        .add(new JsonObject().put("isbn", CatalogFeed.title(5).getString("isbn")).put("available", false));
    library.mock().when(call(account, "GET", "/media/availability")).respond(response().withStatusCode(200)
        .withHeader("Content-Type", "application/json").withBody(availability.encode()));
    JsonPath monitor = run(library, account, Map.of("type", "availability"));
    assertEquals(3, monitor.getInt("progress.checked"));
    assertEquals(2, monitor.getInt("progress.changed"), "title 0 and 2 changed, title 5 was not available already");
  }

  @Test
  void anEmptyCatalogChangesNothingAndTheJobFails() {
    VendorLibrary.Account account = library.account("Empty catalog");
    library.mock().when(call(account, "GET", "/media/all")).respond(response().withStatusCode(200).withBody("[]"));
    JsonPath job = run(library, account, Map.of("type", "catalog-import"));
    assertEquals("completed", job.getString("state"), job.prettify());
    assertEquals("refused", job.getString("progress.phase"));
    library.staff().get("/econtent/vendors/" + account.id()).then().statusCode(200)
        .body("catalog.titles", equalTo(0)).body("catalog.importedDate", org.hamcrest.Matchers.nullValue())
        .body("catalog.packageId", org.hamcrest.Matchers.nullValue());
  }
}

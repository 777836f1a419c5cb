package org.folio.access.circulation.vendors;

import static org.folio.access.circulation.vendors.VendorLibrary.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockserver.model.HttpResponse.response;

import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.folio.access.support.OutsideSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mockserver.verify.VerificationTimes;

/**
 * Benchmark (run with -Dvendor.bench=true): a generated vendor catalog of 100,000 titles imported with its
 * progress, then a delta; titles per second, the vendor asked once for the whole catalog. Lines go to stdout
 * and target/vendor-bench.txt.
 */
@EnabledIfSystemProperty(named = "vendor.bench", matches = "true")
class VendorCatalogBenchIT {
  private static final int TITLES = Integer.getInteger("vendor.bench.titles", 100_000);
  private static OutsideSystem vendor;
  private static VendorLibrary library;

  @BeforeAll
  static void start() {
    org.mockserver.configuration.ConfigurationProperties.logLevel("WARN");
    // the generated catalog answer is one JSON text of about 20 MB, Jackson's default limit for one string
    com.fasterxml.jackson.core.StreamReadConstraints.overrideDefaultStreamReadConstraints(
        com.fasterxml.jackson.core.StreamReadConstraints.builder().maxStringLength(200_000_000).build());
    vendor = OutsideSystem.start();
    library = new VendorLibrary("vendbench", vendor);
  }

  @AfterAll
  static void stop() {
    vendor.close();
  }

  private static void emit(String line) {
    System.out.println(line);
    try {
      Files.writeString(Path.of("target/vendor-bench.txt"), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a job, sampling its progress every second; its final document. */
  private static JsonPath run(VendorLibrary.Account account, Map<String, Object> job, List<String> samples) {
    String id = library.staff().body(job).post("/econtent/vendors/" + account.id() + "/jobs").then().statusCode(202)
        .extract().path("id");
    long start = System.nanoTime();
    while (true) {
      JsonPath doc = library.staff().get("/econtent/vendors/" + account.id() + "/jobs/" + id).then().statusCode(200).extract().jsonPath();
      String state = doc.getString("state");
      samples.add(String.format("  progress %5.1f s: %s, phase %s, titles stored %s, merge lines %s", (System.nanoTime() - start) / 1e9,
          state, doc.getString("progress.phase"), doc.getString("progress.titlesStored"), doc.getString("progress.merge.linesMerged")));
      if ("completed".equals(state) || "failed".equals(state)) {
        return doc;
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void aHundredThousandTitleCatalogThenADelta() {
    VendorLibrary.Account account = library.account("Bench catalog");
    library.mock().when(call(account, "GET", "/media/all")).respond(response().withStatusCode(200)
        .withHeader("Content-Type", "application/json").withBody(CatalogFeed.catalog(0, TITLES)));
    List<String> samples = new ArrayList<>();
    long start = System.nanoTime();
    JsonPath imported = run(account, Map.of("type", "catalog-import"), samples);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals("completed", imported.getString("state"), imported.prettify());
    library.mock().verify(call(account, "GET", "/media/all"), VerificationTimes.exactly(1));
    int kept = imported.getInt("progress.titlesKept");
    emit(String.format("bench vendor-catalog-import: %d titles (%d in the package, %d lendable) in %.1f s = %.0f titles/s"
            + " | job's own figure %s titles/s | merge: %s added | vendor asked %d time(s) for media/all",
        TITLES, imported.getInt("progress.kbartLines"), imported.getInt("progress.lendablesMadeOrChanged"), seconds,
        kept / seconds, imported.getString("progress.titlesPerSecond"), imported.getString("progress.merge.titlesAdded"), 1));
    samples.forEach(VendorCatalogBenchIT::emit);

    int changed = TITLES / 100;
    JsonArray addedOrChanged = new JsonArray();
    for (int i = 0; i < changed; i++) {
      addedOrChanged.add(CatalogFeed.title(TITLES + i));
      addedOrChanged.add(CatalogFeed.title(i * 7).put("title", "Changed title " + i));
    }
    JsonArray removed = new JsonArray();
    for (int i = 0; i < changed / 2; i++) {
      removed.add(CatalogFeed.title(i * 7 + 1).getString("isbn"));
    }
    library.mock().when(call(account, "GET", "/media/delta")).respond(response().withStatusCode(200)
        .withHeader("Content-Type", "application/json")
        .withBody(new JsonObject().put("addedTitles", addedOrChanged).put("removedTitles", removed).encode()));
    samples.clear();
    start = System.nanoTime();
    JsonPath delta = run(account, Map.of("type", "catalog-delta"), samples);
    seconds = (System.nanoTime() - start) / 1e9;
    assertEquals("completed", delta.getString("state"), delta.prettify());
    emit(String.format("bench vendor-catalog-delta: %d titles added or changed, %d removed, catalog of %d re-merged in %.1f s"
            + " = %.0f titles/s | merge: %s added, %s updated, %s removed, %s unchanged | media/all still asked once",
        delta.getInt("progress.changed"), delta.getInt("progress.removed"), delta.getInt("progress.kbartLines"), seconds,
        delta.getInt("progress.kbartLines") / seconds, delta.getString("progress.merge.titlesAdded"),
        delta.getString("progress.merge.titlesUpdated"), delta.getString("progress.merge.titlesRemoved"),
        delta.getString("progress.merge.titlesUnchanged")));
    samples.forEach(VendorCatalogBenchIT::emit);
    library.mock().verify(call(account, "GET", "/media/all"), VerificationTimes.exactly(1));
  }
}

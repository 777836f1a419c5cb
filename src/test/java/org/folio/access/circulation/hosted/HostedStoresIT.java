package org.folio.access.circulation.hosted;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.folio.access.Module;
import org.folio.access.platform.Config;
import org.folio.access.platform.ContentStoreConfig;
import org.folio.access.platform.db.EmbeddedDatabase;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same story against each content store, through HTTP: upload, process, lend, read whole and ranged, delete;
 * a refused upload and one past the limit leave nothing in the store. Each store runs in a module of its own on a
 * database of its own (so that no other instance, with another store, takes its processing jobs). The S3 store
 * talks to an in-test S3-compatible server (S3StandIn) that verifies every request's signature.
 */
class HostedStoresIT {
  private static final String TENANT = "storetest";
  private static final int LIMIT_MB = 14;
  private static EmbeddedDatabase database;
  private static Pool pool;
  private static Path directory;
  private static S3StandIn s3;

  enum Store { POSTGRES, DIRECTORY, S3 }

  @BeforeAll
  static void start() throws IOException {
    TestModule module = TestModule.get();
    database = EmbeddedDatabase.start(Files.createTempDirectory("hosted-stores").toString(), 0);
    pool = PgBuilder.pool().connectingTo(new PgConnectOptions().setHost("localhost").setPort(database.port())
        .setDatabase(module.config().dbDatabase()).setUser(module.config().dbUser()).setPassword(module.config().dbPassword()))
        .using(module.vertx()).build();
    directory = Files.createTempDirectory("hosted-files");
    s3 = new S3StandIn(module.vertx()).start();
  }

  @AfterAll
  static void stop() {
    s3.stop();
    pool.close().await();
    database.close();
  }

  private static ContentStoreConfig settings(Store store) {
    return switch (store) {
      case POSTGRES -> ContentStoreConfig.postgres();
      case DIRECTORY -> ContentStoreConfig.directory(directory.toString());
      case S3 -> s3.config(5);
    };
  }

  /** A module with this store on the stores' own database, the tenant enabled. */
  static Module moduleWith(ContentStoreConfig store) {
    Config config = TestModule.get().config().withDatabase("localhost", database.port()).withHttpPort(0)
        .withUploadLimitBytes(LIMIT_MB * 1024L * 1024).withContentStore(store);
    Module module = Module.start(TestModule.get().vertx(), config).await();
    String location = given().port(module.port()).header("X-Okapi-Tenant", TENANT).contentType("application/json")
        .body(Map.of("module_to", "mod-access-services-1.0.0")).post("/_/tenant").then().statusCode(201).extract().header("Location");
    given().port(module.port()).header("X-Okapi-Tenant", TENANT).get(location + "?wait=60000").then().statusCode(200)
        .body("complete", equalTo(true));
    return module;
  }

  static RequestSpecification as(Module module, UUID user) {
    return given().port(module.port()).header("X-Okapi-Tenant", TENANT).header("X-Okapi-User-Id", user.toString())
        .header("X-Okapi-Url", "http://localhost:9130");
  }

  /** What the store holds for the tenant: chunks, files, or objects and unfinished multipart uploads. */
  private static long stored(Store store) {
    return switch (store) {
      case POSTGRES -> pool.query("SELECT count(*) FROM " + TENANT + "_mod_access_services.econtent_content_chunks").execute()
          .await().iterator().next().getLong(0);
      case DIRECTORY -> filesUnder(directory);
      case S3 -> s3.objects.size() + s3.uploads.size();
    };
  }

  private static long filesUnder(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String uploaded(Module module, String name, byte[] bytes, String type) {
    return as(module, UUID.randomUUID()).multiPart("file", name, bytes, type).post("/econtent/content").then().statusCode(201)
        .extract().path("content[0].id");
  }

  static JsonPath settled(Module module, String id) {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      JsonPath record = as(module, UUID.randomUUID()).get("/econtent/content/" + id).then().statusCode(200).extract().jsonPath();
      if (List.of("processed", "failed").contains(record.getString("state"))) {
        return record;
      }
      pause(100);
    }
    throw new AssertionError("content " + id + " did not settle");
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A loan to a patron and the path of its fulfilment link. */
  record Lent(UUID patron, String loanId, String link) {
    void giveBack(Module module) {
      as(module, patron).post("/econtent/loans/" + loanId + "/return").then().statusCode(200);
    }
  }

  /** Checks out as a new patron. */
  static Lent lent(Module module, String resourceId) {
    UUID patron = UUID.randomUUID();
    String loan = as(module, patron).contentType("application/json").body(Map.of("resourceId", resourceId)).post("/econtent/loans")
        .then().statusCode(201).extract().path("id");
    String url = as(module, patron).get("/econtent/loans/" + loan + "/fulfillment").then().statusCode(200).extract().path("url");
    return new Lent(patron, loan, url.substring(url.indexOf("/econtent/fulfillment/")));
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void eachStoreTakesReadsAndRemovesFilesAndKeepsNothingOfARefusal(Store store) {
    Module module = moduleWith(settings(store));
    try {
      long before = stored(store);
      byte[] small = Books.epub("Harbour Ledger", "Mary Quayle", "9780306406157", 30);
      byte[] big = Books.bigPdf("Tide Tables 1901", 11);
      String smallId = uploaded(module, "ledger.epub", small, "application/epub+zip");
      String bigId = uploaded(module, "tides.pdf", big, "application/pdf");
      assertEquals(before + (store == Store.POSTGRES ? chunks(small) + chunks(big) : 2), stored(store));
      for (String id : List.of(smallId, bigId)) {
        assertEquals("processed", settled(module, id).getString("state"), store + " " + id);
      }
      JsonPath done = settled(module, bigId);
      Lent bigLoan = lent(module, done.getString("resourceId"));
      String link = bigLoan.link();
      assertArrayEquals(big, given().port(module.port()).get(link).then().statusCode(200)
          .header("ETag", "\"" + done.getString("sha256") + "\"").extract().asByteArray());
      int across = 5 * 1024 * 1024 - 1000;
      assertArrayEquals(Arrays.copyOfRange(big, across, across + 3000), given().port(module.port())
          .header("Range", "bytes=" + across + "-" + (across + 2999)).get(link).then().statusCode(206)
          .header("Content-Range", "bytes " + across + "-" + (across + 2999) + "/" + big.length).extract().asByteArray());
      assertArrayEquals(Arrays.copyOfRange(big, big.length - 10, big.length), given().port(module.port())
          .header("Range", "bytes=-10").get(link).then().statusCode(206).extract().asByteArray());
      Lent smallLoan = lent(module, settled(module, smallId).getString("resourceId"));
      assertArrayEquals(small, given().port(module.port()).get(smallLoan.link()).then().statusCode(200).extract().asByteArray());

      refusalsLeaveNothing(module, store);

      bigLoan.giveBack(module);
      smallLoan.giveBack(module);
      as(module, UUID.randomUUID()).delete("/econtent/content/" + smallId).then().statusCode(204);
      as(module, UUID.randomUUID()).delete("/econtent/content/" + bigId).then().statusCode(204);
      assertEquals(before, stored(store), store + " keeps files of deleted content");
    } finally {
      module.stop().await();
    }
  }

  private static long chunks(byte[] file) {
    return (file.length + PgContentStore.CHUNK_BYTES - 1) / PgContentStore.CHUNK_BYTES;
  }

  private static void refusalsLeaveNothing(Module module, Store store) {
    long before = stored(store);
    as(module, UUID.randomUUID()).multiPart("file", "b.pdf", Books.bigPdf("Refused", 6), "application/pdf")
        .multiPart("categoryId", UUID.randomUUID().toString()).post("/econtent/content")
        .then().statusCode(422).body("errors[0].code", equalTo("UNKNOWN_CATEGORY"));
    as(module, UUID.randomUUID()).multiPart("file", "huge.pdf", Books.bigPdf("Too big", LIMIT_MB + 1), "application/pdf")
        .post("/econtent/content").then().statusCode(413).body("errors[0].code", equalTo("UPLOAD_TOO_LARGE"));
    assertEquals(before, stored(store), store + " keeps files of refused uploads");
  }

  @Test
  void theS3StoreSignsEveryRequestKeepsKeysUnderTheTenantAndUploadsBigFilesInParts() {
    Module module = moduleWith(s3.config(5));
    try {
      s3.operations.clear();
      byte[] big = Books.bigPdf("Parts", 12);
      String id = uploaded(module, "parts.pdf", big, "application/pdf");
      assertEquals(List.of("CreateMultipartUpload", "UploadPart", "UploadPart", "UploadPart", "CompleteMultipartUpload"),
          s3.operations.stream().filter(o -> !o.equals("GetObject")).toList());
      assertArrayEquals(big, s3.objects.get(TENANT + "/" + id));
      assertEquals("processed", settled(module, id).getString("state"));
      assertTrue(s3.problems.isEmpty(), s3.problems.toString());
      assertTrue(s3.keysSeen.stream().allMatch(k -> k.startsWith(TENANT + "/")), s3.keysSeen.toString());
    } finally {
      module.stop().await();
    }
  }

  @Test
  void progressRisesThroughIntermediateValuesWhileALargeFileProcesses() {
    Module module = moduleWith(s3.config(5));
    try {
      s3.allowReading(0);
      byte[] big = Books.bigPdf("Slow Tides", 10);
      String id = uploaded(module, "slow.pdf", big, "application/pdf");
      s3.allowReading(big.length * 30L / 100);
      JsonPath first = progressAtLeast(module, id, 15);
      s3.allowReading(big.length * 60L / 100);
      JsonPath second = progressAtLeast(module, id, 36);
      s3.allowReading(Long.MAX_VALUE);
      assertEquals("processed", settled(module, id).getString("state"));
      assertEquals("processing", first.getString("state"));
      assertEquals("processing", second.getString("state"));
      assertTrue(first.getInt("percent") <= 21, first.prettify());
      assertTrue(second.getInt("percent") > first.getInt("percent") && second.getInt("percent") <= 42, second.prettify());
    } finally {
      s3.allowReading(Long.MAX_VALUE);
      module.stop().await();
    }
  }

  /** Polls until the record's percent reaches least (the reader cannot pass what the stand-in lets through). */
  private static JsonPath progressAtLeast(Module module, String id, int least) {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      JsonPath record = as(module, UUID.randomUUID()).get("/econtent/content/" + id).then().statusCode(200).extract().jsonPath();
      if (record.getInt("percent") >= least) {
        return record;
      }
      pause(100);
    }
    throw new AssertionError("content " + id + " did not reach " + least + " %");
  }
}

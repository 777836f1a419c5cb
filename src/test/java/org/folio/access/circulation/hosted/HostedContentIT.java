package org.folio.access.circulation.hosted;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.folio.access.Module;
import org.folio.access.circulation.Econtent;
import org.folio.access.platform.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Upload -> processing -> lending -> reading of e-books the library hosts itself, through HTTP. */
class HostedContentIT {
  private static final String TENANT = "hosted";
  private static Econtent library;

  @BeforeAll
  static void enable() {
    library = Econtent.library(TENANT);
  }

  private static RequestSpecification staff() {
    return given().header("X-Okapi-Tenant", TENANT).header("X-Okapi-User-Id", UUID.randomUUID().toString());
  }

  private static JsonPath upload(String fileName, byte[] bytes, String mediaType, Map<String, String> fields) {
    RequestSpecification request = staff().multiPart("file", fileName, bytes, mediaType);
    fields.forEach(request::multiPart);
    return request.post("/econtent/content").then().statusCode(201).body("totalRecords", equalTo(1))
        .body("content[0].state", equalTo("queued")).extract().jsonPath();
  }

  /** Polls the record until processing has settled; the states seen on the way are returned too. */
  private static JsonPath settled(String id) {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      JsonPath record = staff().get("/econtent/content/" + id).then().statusCode(200).extract().jsonPath();
      String state = record.getString("state");
      if (state.equals("processed") || state.equals("failed")) {
        return record;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("content " + id + " did not settle");
  }

  private static String categoryNamed(String name) {
    return staff().contentType("application/json").body(Map.of("name", name)).post("/econtent/categories")
        .then().statusCode(201).extract().path("id");
  }

  private static String linkPath(UUID patron, String loanId) {
    String url = library.patron(patron).get("/econtent/loans/" + loanId + "/fulfillment").then().statusCode(200)
        .extract().path("url");
    return url.substring(url.indexOf("/econtent/fulfillment/"));
  }

  @Test
  void anEpubIsUploadedProcessedLentAndReadWithRanges() {
    String category = categoryNamed("Local history");
    byte[] book = Books.epub("The Mill on the Brook", "Ada Fenwick", "9780306406157", 40);
    String id = upload("mill.epub", book, "application/epub+zip",
        Map.of("categoryId", category, "tags", "local, 1890s", "copies", "1", "licenseModel", "one-copy-one-user"))
        .getString("content[0].id");
    JsonPath done = settled(id);
    assertEquals("processed", done.getString("state"), done.prettify());
    assertEquals("The Mill on the Brook", done.getString("metadata.title"));
    assertEquals(List.of("Ada Fenwick"), done.getList("metadata.authors"));
    assertEquals("9780306406157", done.getString("metadata.isbn"));
    assertEquals("en", done.getString("metadata.language"));
    assertEquals(List.of("local", "1890s"), done.getList("tags"));
    assertEquals(book.length, done.getLong("sizeBytes"));
    String resourceId = done.getString("resourceId");

    given().header("X-Okapi-Tenant", TENANT).get("/eholdings/resources/" + resourceId).then().statusCode(200)
        .body("data.attributes.name", equalTo("The Mill on the Brook")).body("data.attributes.isSelected", equalTo(true))
        .body("data.attributes.packageName", equalTo("Hosted e-content"));
    library.patron(UUID.randomUUID()).get("/econtent/lendables/" + resourceId).then().statusCode(200)
        .body("licenseModel", equalTo("one-copy-one-user")).body("formats[0].type", equalTo("epub"));

    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, resourceId);
    String link = linkPath(patron, loan);
    byte[] whole = given().get(link).then().statusCode(200).header("Content-Type", "application/epub+zip")
        .header("Accept-Ranges", "bytes").header("ETag", "\"" + done.getString("sha256") + "\"")
        .extract().asByteArray();
    assertArrayEquals(book, whole);
    byte[] middle = given().header("Range", "bytes=1000-2999").get(link).then().statusCode(206)
        .header("Content-Range", "bytes 1000-2999/" + book.length).extract().asByteArray();
    assertArrayEquals(Arrays.copyOfRange(book, 1000, 3000), middle);
    given().header("If-None-Match", "\"" + done.getString("sha256") + "\"").get(link).then().statusCode(304);
    given().header("Range", "bytes=" + book.length + "-").get(link).then().statusCode(416)
        .body("errors[0].code", equalTo("RANGE_NOT_SATISFIABLE"));

    staff().delete("/econtent/content/" + id).then().statusCode(409).body("errors[0].code", equalTo("CONTENT_ON_LOAN"));
    library.patron(patron).post("/econtent/loans/" + loan + "/return").then().statusCode(200);
    given().get(link).then().statusCode(410).body("errors[0].code", equalTo("LOAN_NOT_OPEN"));
    staff().delete("/econtent/categories/" + category).then().statusCode(409).body("errors[0].code", equalTo("CATEGORY_IN_USE"));
    staff().delete("/econtent/content/" + id).then().statusCode(204);
    staff().get("/econtent/content/" + id).then().statusCode(404);
    given().header("X-Okapi-Tenant", TENANT).get("/eholdings/resources/" + resourceId).then().statusCode(404);
    assertEquals(0L, library.value("SELECT count(*) FROM " + library.schema() + ".econtent_content_chunks WHERE file_id = $1",
        UUID.fromString(id)));
  }

  @Test
  void aPdfIsReadForItsPagesAndMetadataAndLentWithoutLimit() {
    byte[] book = Books.pdf("Parish Records 1750-1800", "Thomas Keble", 3);
    String id = upload("parish.pdf", book, "application/pdf", Map.of("viewType", "bitmap", "isbn", "0-306-40615-2"))
        .getString("content[0].id");
    JsonPath done = settled(id);
    assertEquals("processed", done.getString("state"), done.prettify());
    assertEquals(3, done.getInt("metadata.pages"));
    assertEquals("Parish Records 1750-1800", done.getString("metadata.title"));
    assertEquals("0-306-40615-2", done.getString("metadata.isbn"));
    assertEquals("bitmap", done.getString("viewType"));
    String loan = library.checkOut(UUID.randomUUID(), done.getString("resourceId"));
    assertTrue(loan != null);
    UUID second = UUID.randomUUID();
    String secondLoan = library.checkOut(second, done.getString("resourceId"));
    assertArrayEquals(book, given().get(linkPath(second, secondLoan)).then().statusCode(200)
        .header("Content-Type", "application/pdf").extract().asByteArray());
  }

  @Test
  void filesThatCannotBeLentEndFailedWithAReason() {
    Map<String, String> reasons = Map.of(
        upload("broken.epub", "PK not really a zip".getBytes(), "application/epub+zip", Map.of()).getString("content[0].id"),
        "The EPUB",
        upload("fake.pdf", "%PDF-1.4 this is not a pdf at all".getBytes(), "application/pdf", Map.of()).getString("content[0].id"),
        "The file is not a readable PDF",
        upload("locked.pdf", Books.encryptedPdf(), "application/pdf", Map.of()).getString("content[0].id"),
        "The PDF is encrypted",
        upload("empty.epub", new byte[0], "application/epub+zip", Map.of()).getString("content[0].id"),
        "The file is empty");
    reasons.forEach((id, reason) -> {
      JsonPath done = settled(id);
      assertEquals("failed", done.getString("state"), done.prettify());
      assertTrue(done.getString("reason").startsWith(reason), done.getString("reason"));
      assertEquals(null, done.getString("resourceId"));
    });
    staff().get("/econtent/content?query=state==failed&limit=100").then().statusCode(200)
        .body("totalRecords", org.hamcrest.Matchers.greaterThanOrEqualTo(4));
  }

  @Test
  void aBulkUploadMakesOneRecordPerFile() {
    RequestSpecification request = staff()
        .multiPart("file", "one.epub", Books.epub("Book One", "A. Writer", "9780306406157", 1), "application/epub+zip")
        .multiPart("file", "two.pdf", Books.pdf("Book Two", "B. Writer", 1), "application/pdf")
        .multiPart("tags", "course-101");
    JsonPath created = request.post("/econtent/content").then().statusCode(201).body("totalRecords", equalTo(2))
        .extract().jsonPath();
    assertEquals(List.of("epub", "pdf"), created.getList("content.fileType"));
    created.getList("content.id", String.class).forEach(id -> assertEquals("processed", settled(id).getString("state")));
    staff().get("/econtent/content?query=tags any \"course-101\"").then().statusCode(200).body("totalRecords", equalTo(2));
  }

  @Test
  void badUploadsAreRefusedAndLeaveNothingBehind() {
    long before = (Long) library.value("SELECT count(*) FROM " + library.schema() + ".econtent_content_chunks");
    staff().multiPart("file", "notes.txt", "hello".getBytes(), "text/plain").post("/econtent/content")
        .then().statusCode(400).body("errors[0].code", equalTo("UNSUPPORTED_FILE_TYPE"));
    staff().multiPart("file", "b.epub", Books.epub("B", "C", "9780306406157", 1), "application/epub+zip")
        .multiPart("categoryId", UUID.randomUUID().toString()).post("/econtent/content")
        .then().statusCode(422).body("errors[0].code", equalTo("UNKNOWN_CATEGORY"))
        .body("errors[0].parameters[0].key", equalTo("categoryId"));
    staff().multiPart("file", "b.epub", Books.epub("B", "C", "9780306406157", 1), "application/epub+zip")
        .multiPart("viewType", "bitmap").post("/econtent/content")
        .then().statusCode(422).body("errors[0].parameters[0].key", equalTo("viewType"));
    staff().contentType("application/json").body("{}").post("/econtent/content")
        .then().statusCode(400).body("errors[0].code", equalTo("MULTIPART_REQUIRED"));
    assertEquals(before, library.value("SELECT count(*) FROM " + library.schema() + ".econtent_content_chunks"));
  }

  @Test
  void anUploadPastTheLimitIs413AndLeavesNothingStored() {
    long before = (Long) library.value("SELECT count(*) FROM " + library.schema() + ".econtent_content_chunks");
    Config small = library.module.config().withHttpPort(0).withUploadLimitBytes(64 * 1024);
    Module second = Module.start(library.module.vertx(), small).await();
    try {
      RestAssured.given().port(second.port()).header("X-Okapi-Tenant", TENANT)
          .multiPart("file", "big.epub", Books.epub("Big", "Writer", "9780306406157", 400), "application/epub+zip")
          .post("/econtent/content").then().statusCode(413).body("errors[0].code", equalTo("UPLOAD_TOO_LARGE"));
    } finally {
      second.stop().await();
    }
    assertEquals(before, library.value("SELECT count(*) FROM " + library.schema() + ".econtent_content_chunks"));
  }

  @Test
  void categoriesHaveUniqueNamesAndCqlSearch() {
    String id = categoryNamed("Course texts");
    staff().contentType("application/json").body(Map.of("name", "course TEXTS")).post("/econtent/categories")
        .then().statusCode(409).body("errors[0].code", equalTo("CATEGORY_EXISTS"));
    staff().contentType("application/json").body(Map.of("name", "Course readers", "description", "Per term"))
        .put("/econtent/categories/" + id).then().statusCode(204);
    staff().get("/econtent/categories?query=name==\"Course readers\"").then().statusCode(200)
        .body("totalRecords", equalTo(1)).body("categories[0].description", equalTo("Per term"));
    staff().delete("/econtent/categories/" + id).then().statusCode(204);
    staff().get("/econtent/categories/" + id).then().statusCode(404);
  }

  @Test
  void metadataAndTagsAreReplacedAndTheTitleFollows() {
    String id = upload("m.pdf", Books.pdf("Old Name", "X", 1), "application/pdf", Map.of("tags", "a,b")).getString("content[0].id");
    String resourceId = settled(id).getString("resourceId");
    staff().contentType("application/json")
        .body(Map.of("name", "New Name", "tags", List.of("c"), "metadata", Map.of("title", "New Name", "publisher", "Quay Books")))
        .put("/econtent/content/" + id).then().statusCode(200)
        .body("tags", equalTo(List.of("c"))).body("metadata.publisher", equalTo("Quay Books")).body("name", equalTo("New Name"));
    given().header("X-Okapi-Tenant", TENANT).get("/eholdings/resources/" + resourceId).then().statusCode(200)
        .body("data.attributes.name", equalTo("New Name")).body("data.attributes.publisherName", startsWith("Quay"));
  }

  @Test
  void membersOfAGroupReadTheFileThroughTheirGroupLoanUntilItExpires() {
    byte[] book = Books.pdf("Field Guide to the Estuary", "Ruth Penrose", 2);
    String resourceId = settled(upload("estuary.pdf", book, "application/pdf", Map.of()).getString("content[0].id"))
        .getString("resourceId");
    UUID member = UUID.randomUUID();
    UUID outsider = UUID.randomUUID();
    String group = library.anonymous().body(Map.of("name", "Estuary class")).post("/econtent/groups").then().statusCode(201)
        .extract().path("id");
    library.anonymous().put("/econtent/groups/" + group + "/members/" + member).then().statusCode(204);
    String groupLoan = library.anonymous().body(Map.of("resourceId", resourceId, "groupId", group,
        "expiresAt", java.time.Instant.now().plusSeconds(3600).toString())).post("/econtent/group-loans").then().statusCode(201)
        .extract().path("id");

    library.patron(outsider).get("/econtent/group-loans/" + groupLoan + "/fulfillment").then().statusCode(404);
    String url = library.patron(member).get("/econtent/group-loans/" + groupLoan + "/fulfillment").then().statusCode(200)
        .body("format", equalTo("pdf")).extract().path("url");
    String link = url.substring(url.indexOf("/econtent/fulfillment/"));
    assertArrayEquals(book, given().get(link).then().statusCode(200).header("Content-Type", "application/pdf")
        .extract().asByteArray());
    assertArrayEquals(Arrays.copyOfRange(book, 100, 200), given().header("Range", "bytes=100-199").get(link).then()
        .statusCode(206).extract().asByteArray());

    // the clock passes the group loan's end (expiresAt must be in the future over the API)
    library.value("UPDATE {s}.econtent_group_loans SET expires_at = now() - interval '1 second' WHERE id = $1",
        UUID.fromString(groupLoan));
    given().get(link).then().statusCode(410).body("errors[0].code", equalTo("GROUP_LOAN_EXPIRED"));
    library.patron(member).get("/econtent/group-loans/" + groupLoan + "/fulfillment").then().statusCode(409)
        .body("errors[0].code", equalTo("GROUP_LOAN_EXPIRED"));
  }
}

package org.folio.access.stacks;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bulk imports of Sierra-style records: streamed, mapped through the tables, merged as a job, re-imported in place. */
class StacksImportIT {
  private static Stacks library;

  @BeforeAll
  static void start() {
    library = Stacks.library("stacksimport");
  }

  static String bib(long id, String title, String... codes) {
    JsonArray locations = new JsonArray();
    for (String code : codes) {
      locations.add(new JsonObject().put("code", code).put("name", "Location " + code));
    }
    return new JsonObject().put("id", String.valueOf(id)).put("title", title).put("locations", locations).encode();
  }

  static String item(long id, long bib, String location, String status, String opacMessage, String dueDate) {
    JsonObject fixed = new JsonObject().put("88", new JsonObject().put("label", "STATUS").put("value", status)
        .put("display", "-".equals(status) ? "Available" : "Checked out"));
    if (opacMessage != null) {
      fixed.put("108", new JsonObject().put("label", "OPACMSG").put("value", opacMessage));
    }
    JsonObject item = new JsonObject().put("id", String.valueOf(id)).put("bibIds", new JsonArray().add(String.valueOf(bib)))
        .put("location", new JsonObject().put("code", location).put("name", "Shelf " + location))
        .put("callNumber", "MS." + id).put("fixedFields", fixed);
    if (dueDate != null) {
      item.put("status", new JsonObject().put("code", status).put("duedate", dueDate));
    }
    return item.encode();
  }

  private static JsonPath importFile(String body) {
    String location = library.anonymous().contentType("application/x-ndjson").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/stacks/imports").then()
        .statusCode(202).header("Location", startsWith("/stacks/imports/")).extract().header("Location");
    for (int i = 0; i < 200; i++) {
      JsonPath status = library.anonymous().get(location).then().statusCode(200).extract().jsonPath();
      if (!List.of("queued", "running").contains(status.getString("status"))) {
        return status;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("the import did not finish");
  }

  @Test
  void recordsAreMappedThroughTheTablesAndRejectedLinesAreReportedByNumber() {
    String file = String.join("\n",
        bib(1000001, "Letters on anatomy", "stax"),                      // 1
        bib(1000002, "A medical dictionary", "whml", "digi"),            // 2
        bib(1000003, "Lost", "zzzz"),                                    // 3
        item(2000001, 1000001, "sicon", "-", "f", null),                 // 4 closed stores, online request
        item(2000002, 1000001, "sicon", "-", "a", null),                 // 5 closed stores, manual request, by appointment
        item(2000003, 1000002, "wgmem", "o", null, "2030-01-15T12:00:00Z"), // 6 open shelves: the ILS location describes it
        "{not json",                                                     // 7
        item(2000004, 1000009, "sicon", "-", "f", null),                 // 8 unknown bib
        item(2000005, 1000003, "sicon", "-", "f", null),                 // 9 codes map to no type
        "{\"id\":\"x12\",\"bibIds\":[\"1000001\"]}",                     // 10 not a record number
        "") + "\r\n" + item(2000006, 1000001, "sicon", "-", "f", null); // 12, no line end, after a blank CRLF line
    JsonPath done = importFile(file);
    assertEquals("completed", done.getString("status"));
    assertEquals(12, done.getInt("linesRead"));
    assertEquals(9, done.getInt("linesAccepted"));
    assertEquals(3, done.getInt("bibs"));
    assertEquals(4, done.getInt("itemsCreated"));
    assertEquals(100, done.getInt("percent"));
    assertEquals(List.of(7, 8, 9, 10), done.getList("rejectedLines.line"));
    assertEquals("bib 1000009 is not known", done.getString("rejectedLines[1].reason"));
    assertEquals("the bib locations map to no location type", done.getString("rejectedLines[2].reason"));
    assertEquals(4, done.getInt("linesRejected"));
    library.anonymous().get("/stacks/items/i2000001").then().statusCode(200)
        .body("workId", equalTo("b1000001")).body("locations[0].locationType.id", equalTo("closed-stores"))
        .body("locations[0].description.id", equalTo("online-request"))
        .body("locations[0].accessConditions[0].status.id", equalTo("open"))
        .body("locations[0].shelfmark", equalTo("MS.2000001")).body("ilsRecordNumber", equalTo("2000001"));
    library.anonymous().get("/stacks/items/i2000002").then()
        .body("locations[0].description.id", equalTo("manual-request"))
        .body("locations[0].accessConditions[0].status.id", equalTo("by-appointment"));
    library.anonymous().get("/stacks/items/i2000003").then()
        .body("locations[0].locationType.id", equalTo("open-shelves"))
        .body("locations[0].description.id", equalTo("wgmem")).body("locations[0].description.label", equalTo("Shelf wgmem"))
        .body("status.id", equalTo("o")).body("dueDate", equalTo("2030-01-15T12:00:00.000Z"));
    library.anonymous().get("/stacks/works/b1000001").then().statusCode(200)
        .body("items.id", equalTo(List.of("i2000001", "i2000002", "i2000006")))
        .body("items.requestable", equalTo(List.of(true, false, true)));
    library.anonymous().queryParam("locationType", "closed-stores").queryParam("query", "title all anatomy")
        .get("/stacks/works").then().body("works[0].id", equalTo("b1000001")).body("totalRecords", equalTo(1));
  }

  @Test
  void aReimportUpdatesItemsInPlace() {
    importFile(bib(3000001, "Herbal", "arch") + "\n" + item(4000001, 3000001, "sicon", "-", "f", null) + "\n");
    assertEquals(202, library.request(UUID.randomUUID(), "i4000001"));
    JsonPath again = importFile(bib(3000001, "Herbal, second edition", "arch") + "\n"
        + item(4000001, 3000001, "sicon", "t", "f", null) + "\n");
    assertEquals(0, again.getInt("itemsCreated"));
    assertEquals(1, again.getInt("itemsUpdated"));
    library.anonymous().get("/stacks/items/i4000001").then().body("status.id", equalTo("t"));
    assertEquals("Herbal, second edition", library.value("SELECT title FROM {s}.stacks_works WHERE id = 'b3000001'"));
    assertEquals(1L, library.value("SELECT count(*) FROM {s}.stacks_requests WHERE item_id = 'i4000001' AND state = 'open'"));
    assertEquals(0L, library.value("SELECT count(*) FROM {s}.stacks_import_items"));
  }

  @Test
  void aFileWithoutRecordsIsRefusedAndLeavesNothing() {
    library.anonymous().contentType("application/x-ndjson").body("{oops\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/stacks/imports").then().statusCode(422)
        .body("errors[0].code", equalTo("NO_RECORDS"));
    library.anonymous().get("/stacks/imports/" + UUID.randomUUID()).then().statusCode(404);
    library.anonymous().get("/stacks/imports/not-an-id").then().statusCode(404);
  }
}

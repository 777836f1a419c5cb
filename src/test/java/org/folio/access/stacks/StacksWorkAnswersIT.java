package org.folio.access.stacks;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.folio.access.Module;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /stacks/works/{id} is answered from the answers a module instance keeps, while the database still holds the
 * work's version they were built at: every write, by whatever path and on whichever instance, is in the very
 * next answer. Each test reads the work first (so that an answer is held), writes, and reads again.
 */
class StacksWorkAnswersIT {
  private static Stacks library;
  private static Module second;

  @BeforeAll
  static void start() {
    library = Stacks.library("stacksanswers");
    second = Module.start(library.module.vertx(), library.module.config().withHttpPort(0)).await();
  }

  @AfterAll
  static void stop() {
    second.stop().await();
  }

  private static ValidatableResponse work(String workId) {
    return library.anonymous().get("/stacks/works/" + workId).then().statusCode(200);
  }

  private static ValidatableResponse workOnSecond(String workId) {
    return library.anonymous().port(second.port()).get("/stacks/works/" + workId).then().statusCode(200);
  }

  @Test
  void aRequestPlacedThenCancelledIsInTheNextAnswer() {
    String item = library.requestable("ba000001", "ia000001");
    work("ba000001").body("items[0].requested", equalTo(false)).body("items[0].requestable", equalTo(true));
    UUID reader = UUID.randomUUID();
    assertEquals(202, library.request(reader, item));
    work("ba000001").body("items[0].requested", equalTo(true)).body("items[0].requestable", equalTo(false))
        .body("items[0].availableDates", nullValue());
    String id = library.reader(reader).get("/stacks/requests").then().extract().path("results[0].id");
    library.reader(reader).delete("/stacks/requests/" + id).then().statusCode(204);
    work("ba000001").body("items[0].requested", equalTo(false)).body("items[0].requestable", equalTo(true));
  }

  @Test
  void itemsPutMovedAndDeletedOverTheApiAreInTheNextAnswer() {
    library.requestable("ba000002", "ia000002");
    library.requestable("ba000002", "ia000003");
    work("ba000002").body("items.requestable", contains(true, true));
    replace("ba000002", "ia000003", Stacks.location("open-shelves", "medc", "open"));
    work("ba000002").body("items.id", contains("ia000002", "ia000003")).body("items.requestable", contains(true, false));
    library.requestable("ba000004", "ia000004");
    work("ba000004").body("items.id", contains("ia000004"));
    replace("ba000002", "ia000004", Stacks.location("closed-stores", "online-request", "open")); // moved
    work("ba000004").body("items.id", empty());
    work("ba000002").body("items.id", contains("ia000002", "ia000003", "ia000004"));
    library.anonymous().delete("/stacks/items/ia000002").then().statusCode(204);
    work("ba000002").body("items.id", contains("ia000003", "ia000004"));
  }

  @Test
  void statusAndDueDateWrittenByAnyStatementAreInTheNextAnswer() {
    library.requestable("ba000005", "ia000005");
    work("ba000005").body("items[0].status.id", equalTo("-")).body("items[0].dueDate", nullValue());
    library.module.sql("UPDATE " + library.schema() + ".stacks_items SET status_id = 'o', status_label = 'On loan',"
        + " due_date = '2030-01-15T12:00:00Z' WHERE id = 'ia000005'");
    work("ba000005").body("items[0].status.id", equalTo("o")).body("items[0].dueDate", equalTo("2030-01-15T12:00:00.000Z"))
        .body("items[0].requestable", equalTo(false));
    library.module.sql("UPDATE " + library.schema() + ".stacks_items SET due_date = '2030-02-01T12:00:00Z' WHERE id = 'ia000005'");
    work("ba000005").body("items[0].dueDate", equalTo("2030-02-01T12:00:00.000Z"));
  }

  @Test
  void anImportAndAReimportAreInTheNextAnswer() {
    importFile(StacksImportIT.bib(5000001, "Pharmacopoeia", "stax") + "\n"
        + StacksImportIT.item(6000001, 5000001, "sicon", "-", "f", null) + "\n");
    work("b5000001").body("items.id", contains("i6000001")).body("items[0].requestable", equalTo(true));
    importFile(StacksImportIT.item(6000001, 5000001, "sicon", "o", "f", "2030-03-01T12:00:00Z") + "\n"
        + StacksImportIT.item(6000002, 5000001, "sicon", "-", "a", null) + "\n");
    work("b5000001").body("items.id", contains("i6000001", "i6000002")).body("items[0].status.id", equalTo("o"))
        .body("items[0].dueDate", equalTo("2030-03-01T12:00:00.000Z")).body("items.requestable", contains(false, false));
  }

  @Test
  void aWriteThroughOneInstanceIsInTheNextAnswerOfTheOther() {
    String item = library.requestable("ba000006", "ia000006");
    work("ba000006").body("items[0].requested", equalTo(false));
    workOnSecond("ba000006").body("items[0].requested", equalTo(false));
    assertEquals(202, library.reader(UUID.randomUUID()).port(second.port())
        .body(Map.of("item", Map.of("id", item, "type", "Item"), "type", "Request")).post("/stacks/requests")
        .then().extract().statusCode());
    work("ba000006").body("items[0].requested", equalTo(true));
    library.anonymous().port(second.port()).body(new JsonObject().put("workId", "ba000006").put("locations",
        new JsonArray().add(Stacks.location("online", "iiif-presentation", "open"))).encode()).put("/stacks/items/ia000007")
        .then().statusCode(201);
    work("ba000006").body("items.id", contains("ia000006", "ia000007"));
    library.module.sql("UPDATE " + library.schema() + ".stacks_items SET status_id = 'm', status_label = 'Missing'"
        + " WHERE id = 'ia000007'");
    workOnSecond("ba000006").body("items[1].status.id", equalTo("m")).body("items[0].requested", equalTo(true));
  }

  @Test
  void changedRequestingRulesChangeThePickupDatesOfTheNextAnswer() {
    Stacks rules = Stacks.library("stacksanswersrules");
    rules.settings(Map.of("openingDays", List.of(1, 2, 3, 4, 5, 6, 7), "timeZone", "UTC", "bookingWindowDays", 14));
    rules.requestable("ba000008", "ia000008");
    List<String> every = rules.anonymous().get("/stacks/works/ba000008").then().statusCode(200)
        .extract().path("items[0].availableDates");
    rules.settings(Map.of("openingDays", List.of(1, 2, 3, 4, 5)));
    List<String> weekdays = rules.anonymous().get("/stacks/works/ba000008").then().statusCode(200)
        .extract().path("items[0].availableDates");
    assertNotEquals(every, weekdays);
    for (String day : weekdays) {
      assertEquals(true, java.time.LocalDate.parse(day).getDayOfWeek().getValue() <= 5, day);
    }
  }

  @Test
  void aDeletedWorkIsNotFoundAgain() {
    library.requestable("ba000009", "ia000009");
    work("ba000009").body("items.id", contains("ia000009"));
    library.anonymous().delete("/stacks/items/ia000009").then().statusCode(204);
    work("ba000009").body("items.id", empty());
    library.module.sql("DELETE FROM " + library.schema() + ".stacks_works WHERE id = 'ba000009'");
    library.anonymous().get("/stacks/works/ba000009").then().statusCode(404);
  }

  /** Puts an item that exists already (200). */
  private static void replace(String workId, String itemId, JsonObject location) {
    library.anonymous().body(new JsonObject().put("workId", workId).put("locations", new JsonArray().add(location)).encode())
        .put("/stacks/items/" + itemId).then().statusCode(200);
  }

  @Test
  void itemsTruncatedAreGoneFromTheNextAnswer() {
    Stacks emptied = Stacks.library("stacksanswerstruncate");
    emptied.requestable("ba000010", "ia000010");
    emptied.anonymous().get("/stacks/works/ba000010").then().statusCode(200).body("items.id", contains("ia000010"));
    emptied.module.sql("TRUNCATE " + emptied.schema() + ".stacks_items CASCADE");
    emptied.anonymous().get("/stacks/works/ba000010").then().statusCode(200).body("items.id", empty());
  }

  /**
   * One upsert for every writer (V067): a writer that took the versions upon itself ('by-caller', as the import)
   * leaves them to its call of the same function the triggers use, which bumps each work named once however often
   * it is named (an upsert of a repeated id fails: "cannot affect row a second time").
   */
  @Test
  void aByCallerWriteBumpsNothingUntilItCallsTheOneUpsertWhichTakesRepeatedWorks() {
    library.requestable("ba000011", "ia000011");
    library.requestable("ba000012", "ia000012");
    work("ba000011").body("items[0].status.id", equalTo("-"));
    Object before11 = version("ba000011");
    Object before12 = version("ba000012");
    library.module.sql("DO $$ BEGIN PERFORM set_config('stacks.work_versions', 'by-caller', true); UPDATE " + library.schema()
        + ".stacks_items SET status_id = 'o', status_label = 'On loan' WHERE id = 'ia000011'; END $$");
    assertEquals(before11, version("ba000011"), "the trigger bumped a by-caller write");
    library.value("SELECT {s}.stacks_work_versions_bump(ARRAY['ba000011', 'ba000012', 'ba000011'])::text");
    assertNotEquals(before11, version("ba000011"));
    assertNotEquals(before12, version("ba000012"));
    work("ba000011").body("items[0].status.id", equalTo("o"));
  }

  private static Object version(String workId) {
    return library.value("SELECT version FROM {s}.stacks_work_versions WHERE work_id = $1", workId);
  }

  private static void importFile(String body) {
    String location = library.anonymous().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
        .post("/stacks/imports").then().statusCode(202).header("Location", startsWith("/stacks/imports/")).extract().header("Location");
    for (int i = 0; i < 200; i++) {
      String status = library.anonymous().get(location).then().statusCode(200).extract().path("status");
      if (!List.of("queued", "running").contains(status)) {
        assertEquals("completed", status);
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("the import did not finish");
  }
}

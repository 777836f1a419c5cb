package org.folio.access.stacks;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests for items in closed stores: every outcome of placing, reading and cancelling, over HTTP. */
class StacksRequestsIT {
  private static Stacks library;

  @BeforeAll
  static void start() {
    library = Stacks.library("stacksrequests");
  }

  private static Map<String, Object> request(String itemId) {
    return Map.of("item", Map.of("id", itemId, "type", "Item"), "type", "Request");
  }

  private static Map<String, Object> request(String itemId, String pickupDate) {
    return Map.of("item", Map.of("id", itemId, "type", "Item"), "pickupDate", pickupDate, "type", "Request");
  }

  @Test
  void aRequestIsAcceptedWithAnEmptyBodyAndRepeatingItIsAcceptedAgainAsOneRequest() {
    String item = library.requestable("b5000001", "i5000001");
    UUID reader = UUID.randomUUID();
    library.reader(reader).body(request(item)).post("/stacks/requests").then().statusCode(202).body(emptyString());
    library.reader(reader).body(request(item)).post("/stacks/requests").then().statusCode(202).body(emptyString());
    assertEquals(1L, library.value("SELECT count(*) FROM {s}.stacks_requests WHERE item_id = $1", item));
    assertEquals(1L, library.value("SELECT count(*) FROM {s}.outbox WHERE event_type = 'stacks.request.placed'"
        + " AND payload->'request'->'item'->>'id' = $1", item));
  }

  @Test
  void anItemRequestedByAnotherReaderIsAConflict() {
    String item = library.requestable("b5000002", "i5000002");
    assertEquals(202, library.request(UUID.randomUUID(), item));
    library.reader(UUID.randomUUID()).body(request(item)).post("/stacks/requests").then().statusCode(409)
        .body("errors[0].code", equalTo("ITEM_ALREADY_REQUESTED"));
  }

  @Test
  void itemsThatCannotBeRequestedOnlineAreBadRequestsNamingTheReason() {
    Map<String, Stacks.Place> cases = Map.of(
        "open-shelves", new Stacks.Place("open-shelves", "medc", "open"),
        "online", new Stacks.Place("online", "iiif-presentation", "open"),
        "on-exhibition", new Stacks.Place("on-exhibition", null, null),
        "manual-request", new Stacks.Place("closed-stores", "manual-request", null),
        "closed-access", new Stacks.Place("closed-stores", "online-request", "closed"));
    int n = 0;
    for (Map.Entry<String, Stacks.Place> c : cases.entrySet()) {
      String item = library.item("b5000003", "i500003" + n++, c.getValue().location());
      library.reader(UUID.randomUUID()).body(request(item)).post("/stacks/requests").then().statusCode(400)
          .body("errors[0].code", equalTo("ITEM_NOT_REQUESTABLE"))
          .body("errors[0].parameters[0].key", equalTo("reason"))
          .body("errors[0].parameters[0].value", equalTo(c.getKey()));
    }
    assertEquals(0L, library.value("SELECT count(*) FROM {s}.stacks_requests r JOIN {s}.stacks_items i ON i.id = r.item_id"
        + " WHERE i.work_id = 'b5000003'"));
  }

  @Test
  void anItemOnLoanIsNotAvailable() {
    String item = library.requestable("b5000004", "i5000004");
    library.module.sql("UPDATE " + library.schema() + ".stacks_items SET status_id = 'o', status_label = 'On loan',"
        + " due_date = now() + interval '7 days' WHERE id = $1", item);
    library.reader(UUID.randomUUID()).body(request(item)).post("/stacks/requests").then().statusCode(409)
        .body("errors[0].code", equalTo("ITEM_NOT_AVAILABLE"));
  }

  @Test
  void anUnknownItemIsNotFoundAndAnAnonymousRequestNeedsAUser() {
    library.reader(UUID.randomUUID()).body(request("i9999999")).post("/stacks/requests").then().statusCode(404);
    library.anonymous().body(request("i9999999")).post("/stacks/requests").then().statusCode(401)
        .body("errors[0].code", equalTo("USER_REQUIRED"));
    library.reader(UUID.randomUUID()).body(Map.of("item", Map.of("id", "no id"), "type", "Request"))
        .post("/stacks/requests").then().statusCode(422);
  }

  @Test
  void atTheHoldLimitTheReaderIsToldWithTheLibrarysMessage() {
    Stacks small = Stacks.library("stackslimit");
    small.settings(Map.of("holdLimit", 2));
    UUID reader = UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      small.requestable("b6000001", "i600000" + i);
    }
    assertEquals(202, small.request(reader, "i6000000"));
    assertEquals(202, small.request(reader, "i6000001"));
    small.reader(reader).body(request("i6000002")).post("/stacks/requests").then().statusCode(403)
        .body("errors[0].code", equalTo("HOLD_LIMIT_REACHED"))
        .body("errors[0].message", equalTo("You're at your account limit and you cannot request more items"));
    assertEquals(202, small.request(reader, "i6000001")); // a repeat is not a new request
  }

  @Test
  void aPickupDateMustBeOneOfTheAvailableDates() {
    String item = library.requestable("b5000005", "i5000005");
    List<String> dates = library.anonymous().get("/stacks/works/b5000005").then().statusCode(200)
        .extract().path("items[0].availableDates");
    assertFalse(dates.isEmpty());
    UUID reader = UUID.randomUUID();
    library.reader(reader).body(request(item, "2020-01-01")).post("/stacks/requests").then().statusCode(400)
        .body("errors[0].parameters[0].key", equalTo("pickupDate"))
        .body("errors[0].message", equalTo("pickupDate must not be in the past"));
    LocalDate tooLate = LocalDate.parse(dates.get(dates.size() - 1)).plusDays(60);
    library.reader(reader).body(request(item, tooLate.toString())).post("/stacks/requests").then().statusCode(400)
        .body("errors[0].parameters[0].key", equalTo("pickupDate"));
    library.reader(reader).body(request(item, "2026-13-01")).post("/stacks/requests").then().statusCode(400);
    library.reader(reader).body(request(item, dates.get(1))).post("/stacks/requests").then().statusCode(202);
    library.reader(reader).get("/stacks/requests").then().statusCode(200).body("results[0].pickupDate", equalTo(dates.get(1)));
  }

  @Test
  void aReadersRequestsSayNothingAboutTheReader() {
    UUID reader = UUID.randomUUID();
    library.requestable("b5000006", "i5000061");
    library.requestable("b5000006", "i5000062");
    library.request(reader, "i5000061");
    library.request(reader, "i5000062");
    library.request(UUID.randomUUID(), library.requestable("b5000006", "i5000063"));
    String body = library.reader(reader).get("/stacks/requests").then().statusCode(200)
        .body("type", equalTo("ResultList")).body("totalResults", equalTo(2))
        .body("results.item.id", contains("i5000061", "i5000062"))
        .body("results[0].pickupLocation.id", equalTo("sepbb"))
        .body("results[0].status.id", equalTo("0")).body("results[0].type", equalTo("Request"))
        .extract().asString();
    assertFalse(body.contains(reader.toString()), body);
    assertFalse(body.contains("userId"), body);
    library.anonymous().get("/stacks/requests").then().statusCode(401);
  }

  @Test
  void onlyTheOwnerOrStaffMayCancelAndCancellingTwiceIsDone() {
    UUID reader = UUID.randomUUID();
    String item = library.requestable("b5000007", "i5000007");
    library.request(reader, item);
    String id = library.reader(reader).get("/stacks/requests").then().extract().path("results[0].id");
    library.reader(UUID.randomUUID()).delete("/stacks/requests/" + id).then().statusCode(404);
    library.staff(UUID.randomUUID(), Reader.CANCEL_ANY).delete("/stacks/requests/" + id).then().statusCode(204);
    library.reader(reader).delete("/stacks/requests/" + id).then().statusCode(204);
    library.reader(reader).delete("/stacks/requests/not-a-uuid").then().statusCode(404);
    library.reader(reader).get("/stacks/requests").then().body("totalResults", equalTo(0));
    assertEquals("staff", library.value("SELECT cancelled_by FROM {s}.stacks_requests WHERE id = $1", UUID.fromString(id)));
    assertEquals(1L, library.value("SELECT count(*) FROM {s}.outbox WHERE event_type = 'stacks.request.cancelled'"
        + " AND aggregate_id = $1", id));
    assertEquals(202, library.request(UUID.randomUUID(), item)); // free again
  }

  @Test
  void staffListTheRequestsOfAnItemOrAPickupLocation() {
    UUID reader = UUID.randomUUID();
    String item = library.requestable("b5000008", "i5000008");
    library.request(reader, item);
    library.anonymous().queryParam("query", "itemId==" + item).get("/stacks/item-requests").then().statusCode(200)
        .body("totalRecords", equalTo(1)).body("requests[0].userId", equalTo(reader.toString()))
        .body("requests[0].state", equalTo("open"));
    library.anonymous().queryParam("query", "pickupLocation==sepbb and state==open and itemId==" + item)
        .get("/stacks/item-requests").then().statusCode(200).body("totalRecords", equalTo(1));
    library.anonymous().queryParam("query", "pickupLocation==nowhere").get("/stacks/item-requests").then()
        .body("totalRecords", equalTo(0));
  }

  @Test
  void pastTheRateAReaderIsToldWhenToTryAgain() {
    Stacks busy = Stacks.library("stacksrate");
    busy.settings(Map.of("requestsPerMinute", 3));
    UUID reader = UUID.randomUUID();
    String item = busy.requestable("b7000001", "i7000001");
    for (int i = 0; i < 3; i++) {
      assertEquals(202, busy.request(reader, item));
    }
    String retryAfter = busy.reader(reader).body(request(item)).post("/stacks/requests").then().statusCode(429)
        .body("errors[0].code", equalTo("TOO_MANY_REQUESTS")).header("Retry-After", not(emptyString()))
        .extract().header("Retry-After");
    int seconds = Integer.parseInt(retryAfter);
    assertTrue(seconds >= 1 && seconds <= 60, retryAfter);
    assertEquals(202, busy.request(UUID.randomUUID(), busy.requestable("b7000001", "i7000002"))); // others are not held back
  }
}

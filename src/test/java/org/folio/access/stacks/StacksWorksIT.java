package org.folio.access.stacks;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Realtime availability of a work: every item, its status and due date, requestability and pickup dates. */
class StacksWorksIT {
  private static Stacks library;

  @BeforeAll
  static void start() {
    library = Stacks.library("stacksworks");
  }

  @Test
  void everyItemOfAWorkWithItsStatusDueDateAndRequestability() {
    library.requestable("b8000001", "i8000001");
    library.requestable("b8000001", "i8000002");
    library.item("b8000001", "i8000003", Stacks.location("open-shelves", "medc", "open"));
    library.module.sql("UPDATE " + library.schema() + ".stacks_items SET status_id = 'o', status_label = 'On loan',"
        + " due_date = '2030-01-15T12:00:00Z' WHERE id = 'i8000002'");
    library.request(UUID.randomUUID(), "i8000001");
    library.anonymous().get("/stacks/works/b8000001").then().statusCode(200)
        .body("id", equalTo("b8000001")).body("type", equalTo("Work"))
        .body("items.id", contains("i8000001", "i8000002", "i8000003"))
        .body("items.requested", contains(true, false, false))
        .body("items.requestable", contains(false, false, false))
        .body("items[1].status.id", equalTo("o")).body("items[1].status.label", equalTo("On loan"))
        .body("items[1].dueDate", equalTo("2030-01-15T12:00:00.000Z"))
        .body("items[2].status.label", equalTo("Available")).body("items[2].availableDates", nullValue());
  }

  @Test
  void aRequestableItemOffersOpenDaysOnlyFromTheNextOpenDay() {
    Stacks weekdays = Stacks.library("stacksweekdays");
    LocalDate closed = LocalDate.now().plusDays(3);
    weekdays.settings(Map.of("openingDays", List.of(1, 2, 3, 4, 5), "closedDates", List.of(closed.toString()),
        "timeZone", "UTC", "bookingWindowDays", 14));
    weekdays.requestable("b8000002", "i8000004");
    List<String> dates = weekdays.anonymous().get("/stacks/works/b8000002").then().statusCode(200)
        .body("items[0].requestable", equalTo(true)).extract().path("items[0].availableDates");
    assertTrue(dates.size() >= 5, dates.toString());
    for (String d : dates) {
      LocalDate day = LocalDate.parse(d);
      assertTrue(day.isAfter(LocalDate.now(java.time.ZoneOffset.UTC)), d);
      assertTrue(day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY, d);
      assertTrue(!day.equals(closed), d);
    }
  }

  @Test
  void itemsInARemoteStoreNeedTheLeadTime() {
    Stacks remote = Stacks.library("stacksremote");
    remote.settings(Map.of("remoteLocations", List.of("hgser"), "remoteLeadDays", 10, "timeZone", "UTC",
        "openingDays", List.of(1, 2, 3, 4, 5, 6, 7)));
    remote.item("b8000003", "i8000005", Stacks.location("closed-stores", "online-request", "open"), "hgser");
    remote.item("b8000003", "i8000006", Stacks.location("closed-stores", "online-request", "open"), "sicon");
    List<String> far = remote.anonymous().get("/stacks/works/b8000003").then().extract().path("items[0].availableDates");
    List<String> near = remote.anonymous().get("/stacks/works/b8000003").then().extract().path("items[1].availableDates");
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    assertEquals(today.plusDays(10).toString(), far.get(0));
    assertTrue(LocalDate.parse(near.get(0)).isBefore(today.plusDays(3)), near.toString());
  }

  @Test
  void aWorkOfTwoHundredItemsComesInOneAnswer() {
    for (int i = 0; i < 200; i++) {
      library.requestable("b8000004", String.format("i81%05d", i));
    }
    library.module.sql("UPDATE " + library.schema() + ".stacks_items SET status_id = 'o', status_label = 'On loan',"
        + " due_date = '2030-01-15T12:00:00Z' WHERE work_id = 'b8000004' AND id LIKE '%3'");
    library.request(UUID.randomUUID(), "i8100007");
    List<Map<String, Object>> items = library.anonymous().get("/stacks/works/b8000004").then().statusCode(200)
        .body("items", hasSize(200)).extract().path("items");
    for (int i = 0; i < 200; i++) {
      Map<String, Object> item = items.get(i);
      assertEquals(String.format("i81%05d", i), item.get("id"));
      boolean onLoan = i % 10 == 3;
      assertEquals(onLoan ? "o" : "-", ((Map<?, ?>) item.get("status")).get("id"), item.toString());
      assertEquals(onLoan ? "2030-01-15T12:00:00.000Z" : null, item.get("dueDate"), item.toString());
      assertEquals(i == 7, item.get("requested"), item.toString());
      assertEquals(!onLoan && i != 7, item.get("requestable"), item.toString());
      assertEquals(!onLoan && i != 7, item.get("availableDates") != null, item.toString());
    }
  }

  @Test
  void worksAreFilteredByTheirItemsLocationsAndCountedOverTheWholeResult() {
    Stacks search = Stacks.library("stackssearch");
    search.item("bs000001", "is000001", Stacks.location("closed-stores", "online-request", "open"));
    search.item("bs000002", "is000002", Stacks.location("open-shelves", "medc", "open"));
    search.item("bs000002", "is000003", Stacks.location("online", "iiif-presentation", "open"));
    search.item("bs000003", "is000004", Stacks.location("closed-stores", "manual-request", "by-appointment"));
    search.anonymous().queryParam("aggregations", "locationType,accessStatus").queryParam("limit", 1)
        .get("/stacks/works").then().statusCode(200).body("totalRecords", equalTo(3)).body("works", hasSize(1))
        .body("works[0].id", equalTo("bs000001")).body("works[0].items[0].locations[0].locationType.id", equalTo("closed-stores"))
        .body("aggregations.locationType.find { it.value == 'closed-stores' }.count", equalTo(2))
        .body("aggregations.locationType.find { it.value == 'open-shelves' }.count", equalTo(1))
        .body("aggregations.locationType.find { it.value == 'online' }.count", equalTo(1))
        .body("aggregations.accessStatus.find { it.value == 'open' }.count", equalTo(2))
        .body("aggregations.accessStatus.find { it.value == 'by-appointment' }.count", equalTo(1))
        .body("aggregations.description", nullValue());
    search.anonymous().queryParam("locationType", "online").queryParam("aggregations", "description")
        .get("/stacks/works").then().statusCode(200).body("works.id", contains("bs000002"))
        .body("aggregations.description.value", contains("iiif-presentation", "medc"));
    search.anonymous().queryParam("locationType", "closed-stores").queryParam("accessStatus", "by-appointment,restricted")
        .get("/stacks/works").then().statusCode(200).body("works.id", contains("bs000003"));
    search.anonymous().queryParam("description", "online-request,iiif-presentation").queryParam("query", "id==bs* sortBy id/sort.descending")
        .get("/stacks/works").then().statusCode(200).body("works.id", contains("bs000002", "bs000001"));
    search.anonymous().queryParam("aggregations", "shelfmark").get("/stacks/works").then().statusCode(400)
        .body("errors[0].parameters[0].key", equalTo("aggregations"));
    search.anonymous().queryParam("query", "title=").get("/stacks/works").then().statusCode(400);
  }

  @Test
  void anUnknownWorkIsNotFound() {
    library.anonymous().get("/stacks/works/b0000000").then().statusCode(404);
    library.anonymous().get("/stacks/works/bad id!").then().statusCode(400);
  }
}

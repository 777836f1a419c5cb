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
    library.anonymous().get("/stacks/works/b8000004").then().statusCode(200).body("items", hasSize(200));
  }

  @Test
  void anUnknownWorkIsNotFound() {
    library.anonymous().get("/stacks/works/b0000000").then().statusCode(404);
    library.anonymous().get("/stacks/works/bad id!").then().statusCode(400);
  }
}

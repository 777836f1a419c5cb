package org.folio.access.circulation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST/GET/DELETE /econtent/holds, and what happens to the queue when a copy frees up. */
class HoldsIT {
  private static Econtent library;

  @BeforeAll
  static void enable() {
    library = Econtent.library("circholds");
  }

  @Test
  void aHoldOnAFreeCopyWithNobodyWaitingIsFulfilledAtOnce() {
    String book = library.ebook("Middlemarch", 1);
    UUID patron = UUID.randomUUID();
    var hold = library.patron(patron).body(Map.of("resourceId", book)).post("/econtent/holds")
        .then().statusCode(201).body("status", equalTo("fulfilled")).body("loanId", notNullValue())
        .body("position", nullValue()).extract().jsonPath();
    library.patron(patron).get("/econtent/loans/" + hold.getString("loanId")).then().statusCode(200)
        .body("status", equalTo("open")).body("holdId", equalTo(hold.getString("id")));
  }

  @Test
  void patronsWaitInTheOrderTheyCameAndSeeTheirTruePosition() {
    String book = library.ebook("Daniel Deronda", 1);
    library.checkOut(UUID.randomUUID(), book);
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    UUID third = UUID.randomUUID();
    String h1 = library.patron(first).body(Map.of("resourceId", book)).post("/econtent/holds")
        .then().statusCode(201).body("status", equalTo("waiting")).body("position", equalTo(1)).extract().path("id");
    library.patron(second).body(Map.of("resourceId", book)).post("/econtent/holds")
        .then().statusCode(201).body("position", equalTo(2));
    String h3 = library.hold(third, book);
    library.patron(third).get("/econtent/holds/" + h3).then().statusCode(200).body("position", equalTo(3));
    library.patron(first).delete("/econtent/holds/" + h1).then().statusCode(204);
    library.patron(third).get("/econtent/holds/" + h3).then().statusCode(200).body("position", equalTo(2));
    library.patron(first).get("/econtent/holds/" + h1).then().statusCode(200)
        .body("status", equalTo("cancelled")).body("cancellationReason", equalTo("patron")).body("position", nullValue());
  }

  @Test
  void aReturnHandsTheCopyToTheFirstInLineAsALoan() {
    String book = library.ebook("Silas Marner", 1);
    UUID reader = UUID.randomUUID();
    String loan = library.checkOut(reader, book);
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    String h1 = library.hold(first, book);
    String h2 = library.hold(second, book);
    library.patron(reader).post("/econtent/loans/" + loan + "/return").then().statusCode(200);
    String firstLoan = library.patron(first).get("/econtent/holds/" + h1).then().statusCode(200)
        .body("status", equalTo("fulfilled")).body("loanId", notNullValue()).extract().path("loanId");
    library.patron(first).get("/econtent/loans/" + firstLoan).then().body("patronId", equalTo(first.toString()));
    library.patron(second).get("/econtent/holds/" + h2).then().body("status", equalTo("waiting")).body("position", equalTo(1));
    assertEquals(1, library.value("SELECT copies_in_use FROM {s}.econtent_lendables WHERE resource_id = $1", book));
  }

  @Test
  void aHoldIsPlacedOnlyOnce() {
    String book = library.ebook("Romola", 1);
    library.checkOut(UUID.randomUUID(), book);
    UUID patron = UUID.randomUUID();
    library.hold(patron, book);
    library.patron(patron).body(Map.of("resourceId", book)).post("/econtent/holds")
        .then().statusCode(409).body("errors[0].code", equalTo("ALREADY_ON_HOLD"));
  }

  @Test
  void aPatronWhoBorrowsTheTitleCannotHoldIt() {
    String book = library.ebook("Adam Bede", 1);
    UUID patron = UUID.randomUUID();
    library.checkOut(patron, book);
    library.patron(patron).body(Map.of("resourceId", book)).post("/econtent/holds")
        .then().statusCode(409).body("errors[0].code", equalTo("ALREADY_CHECKED_OUT"));
  }

  @Test
  void aPatronAtTheHoldLimitIsRefused() {
    Econtent strict = Econtent.library("circholdlim");
    strict.policy(Map.of("maxWaitingHolds", 1));
    UUID patron = UUID.randomUUID();
    String one = strict.ebook("Felix Holt", 1);
    String two = strict.ebook("Scenes of Clerical Life", 1);
    strict.checkOut(UUID.randomUUID(), one);
    strict.checkOut(UUID.randomUUID(), two);
    strict.hold(patron, one);
    strict.patron(patron).body(Map.of("resourceId", two)).post("/econtent/holds")
        .then().statusCode(422).body("errors[0].code", equalTo("PATRON_HOLD_LIMIT_REACHED"));
  }

  @Test
  void holdsNeedALendableAndAUser() {
    library.patron(UUID.randomUUID()).body(Map.of("resourceId", "9-9-9")).post("/econtent/holds")
        .then().statusCode(422).body("errors[0].code", equalTo("NOT_LENDABLE"));
    library.anonymous().body(Map.of("resourceId", "9-9-9")).post("/econtent/holds")
        .then().statusCode(401).body("errors[0].code", equalTo("USER_REQUIRED"));
    library.patron(UUID.randomUUID()).body(Map.of("resourceId", "9-9-9", "patronId", UUID.randomUUID().toString()))
        .post("/econtent/holds").then().statusCode(403).body("errors[0].code", equalTo("ON_BEHALF_NOT_PERMITTED"));
  }

  @Test
  void aFulfilledHoldCannotBeCancelledButACancelledOneCanAgain() {
    String book = library.ebook("The Mill on the Floss", 1);
    UUID patron = UUID.randomUUID();
    String fulfilled = library.hold(patron, book);
    library.patron(patron).delete("/econtent/holds/" + fulfilled)
        .then().statusCode(409).body("errors[0].code", equalTo("HOLD_NOT_ACTIVE"));
    String other = library.ebook("Brother Jacob", 1);
    library.checkOut(UUID.randomUUID(), other);
    String waiting = library.hold(patron, other);
    library.patron(patron).delete("/econtent/holds/" + waiting).then().statusCode(204);
    library.patron(patron).delete("/econtent/holds/" + waiting).then().statusCode(204);
    library.patron(UUID.randomUUID()).delete("/econtent/holds/" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void aPatronSeesOnlyTheirOwnHolds() {
    String book = library.ebook("Impressions of Theophrastus Such", 1);
    library.checkOut(UUID.randomUUID(), book);
    UUID mine = UUID.randomUUID();
    String hold = library.hold(mine, book);
    library.hold(UUID.randomUUID(), book);
    library.patron(mine).get("/econtent/holds").then().statusCode(200).body("totalRecords", equalTo(1))
        .body("holds[0].id", equalTo(hold)).body("holds[0].position", equalTo(1));
    library.patron(UUID.randomUUID()).get("/econtent/holds/" + hold).then().statusCode(404);
    library.staff(UUID.randomUUID(), Caller.ALL).get("/econtent/holds?query=resourceId==" + book + " and status==waiting")
        .then().statusCode(200).body("totalRecords", equalTo(2)).body("holds[1].position", equalTo(2));
  }

  @Test
  void everyHoldChangeIsWrittenToTheOutbox() {
    String book = library.ebook("The Lifted Veil", 1);
    UUID reader = UUID.randomUUID();
    String loan = library.checkOut(reader, book);
    String hold = library.hold(UUID.randomUUID(), book);
    library.patron(reader).post("/econtent/loans/" + loan + "/return").then().statusCode(200);
    var types = new java.util.ArrayList<String>();
    library.module.sql("SELECT event_type FROM " + library.schema() + ".outbox WHERE aggregate_id = $1 ORDER BY id", hold)
        .forEach(r -> types.add(r.getString("event_type")));
    assertEquals(java.util.List.of("econtent.hold.placed", "econtent.hold.fulfilled"), types);
  }

  @Test
  void inReserveModeTheCopyWaitsForTheFirstPatronWhoCollectsItAsALoan() {
    Econtent reserving = Econtent.library("circreserve");
    reserving.policy(Map.of("holdFulfillment", "reserve", "reservationHours", 24));
    String book = reserving.ebook("Bleak House", 1);
    UUID reader = UUID.randomUUID();
    String loan = reserving.checkOut(reader, book);
    UUID first = UUID.randomUUID();
    String hold = reserving.hold(first, book);
    reserving.patron(reader).post("/econtent/loans/" + loan + "/return").then().statusCode(200);
    reserving.patron(first).get("/econtent/holds/" + hold).then().statusCode(200)
        .body("status", equalTo("ready")).body("position", equalTo(0)).body("reservationExpires", notNullValue());
    reserving.patron(UUID.randomUUID()).body(Map.of("resourceId", book)).post("/econtent/loans")
        .then().statusCode(409).body("errors[0].code", equalTo("NO_AVAILABLE_COPIES"));
    String collected = reserving.checkOut(first, book);
    reserving.patron(first).get("/econtent/holds/" + hold).then()
        .body("status", equalTo("fulfilled")).body("loanId", equalTo(collected));
    assertEquals(1, reserving.value("SELECT copies_in_use FROM {s}.econtent_lendables WHERE resource_id = $1", book));
  }

  @Test
  void aLapsedReservationPassesToTheNextInLine() {
    Econtent reserving = Econtent.library("circlapse");
    reserving.policy(Map.of("holdFulfillment", "reserve", "reservationHours", 1));
    String book = reserving.ebook("Little Dorrit", 1);
    UUID reader = UUID.randomUUID();
    String loan = reserving.checkOut(reader, book);
    String first = reserving.hold(UUID.randomUUID(), book);
    UUID nextPatron = UUID.randomUUID();
    String next = reserving.hold(nextPatron, book);
    reserving.patron(reader).post("/econtent/loans/" + loan + "/return").then().statusCode(200);
    reserving.module.sql("UPDATE " + reserving.schema() + ".econtent_holds SET reservation_expires = now() - interval '1 minute'"
        + " WHERE id = $1", UUID.fromString(first));
    reserving.anonymous().post("/econtent/_timers/expire-reservations").then().statusCode(200).body("processed", equalTo(1));
    reserving.staff(UUID.randomUUID(), Caller.ALL).get("/econtent/holds/" + first).then()
        .body("status", equalTo("cancelled")).body("cancellationReason", equalTo("reservation-expired"));
    reserving.patron(nextPatron).get("/econtent/holds/" + next).then().body("status", equalTo("ready"));
    reserving.anonymous().post("/econtent/_timers/expire-reservations").then().statusCode(200).body("processed", equalTo(0));
  }

  @Test
  void aPatronAtTheLoanLimitGetsTheCopyReservedInstead() {
    Econtent strict = Econtent.library("circreslim");
    strict.policy(Map.of("maxOpenLoans", 1));
    String book = strict.ebook("Hard Times", 1);
    UUID reader = UUID.randomUUID();
    String loan = strict.checkOut(reader, book);
    UUID busy = UUID.randomUUID();
    String hold = strict.hold(busy, book);
    strict.checkOut(busy, strict.ebook("Our Mutual Friend", 1));
    strict.patron(reader).post("/econtent/loans/" + loan + "/return").then().statusCode(200);
    strict.patron(busy).get("/econtent/holds/" + hold).then().body("status", equalTo("ready"));
  }

  @Test
  void anExpiredLoanClosesAndItsCopyGoesToTheNextInLine() {
    String book = library.ebook("Nostromo", 1);
    String loan = library.checkOut(UUID.randomUUID(), book);
    UUID waiting = UUID.randomUUID();
    String hold = library.hold(waiting, book);
    library.module.sql("UPDATE " + library.schema() + ".econtent_loans SET due_date = now() - interval '1 second' WHERE id = $1",
        UUID.fromString(loan));
    library.anonymous().post("/econtent/_timers/expire-loans").then().statusCode(200).body("processed", equalTo(1));
    library.staff(UUID.randomUUID(), Caller.ALL).get("/econtent/loans/" + loan).then()
        .body("status", equalTo("closed")).body("closeReason", equalTo("expired"));
    library.patron(waiting).get("/econtent/holds/" + hold).then().body("status", equalTo("fulfilled"));
  }

  @Test
  void moreCopiesGoToWaitingPatronsAtOnce() {
    String resource = library.resource("Lord Jim", "https://books.example.com/lord-jim");
    library.lendable(resource, Map.of("licenseModel", "one-copy-one-user", "copies", 1));
    library.checkOut(UUID.randomUUID(), resource);
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    String h1 = library.hold(first, resource);
    String h2 = library.hold(second, resource);
    library.anonymous().body(Map.of("licenseModel", "one-copy-one-user", "copies", 2, "mediaType", "ebook",
            "formats", java.util.List.of(Map.of("type", "epub", "drm", "none")), "source", Map.of("type", "local")))
        .put("/econtent/lendables/" + resource).then().statusCode(200);
    library.patron(first).get("/econtent/holds/" + h1).then().body("status", equalTo("fulfilled"));
    library.patron(second).get("/econtent/holds/" + h2).then().body("status", equalTo("waiting")).body("position", equalTo(1));
  }

  @Test
  void aCancelledReservationPassesItsCopyOn() {
    Econtent reserving = Econtent.library("circrescancel");
    reserving.policy(Map.of("holdFulfillment", "reserve"));
    String book = reserving.ebook("Victory", 1);
    UUID reader = UUID.randomUUID();
    String loan = reserving.checkOut(reader, book);
    UUID first = UUID.randomUUID();
    String h1 = reserving.hold(first, book);
    UUID second = UUID.randomUUID();
    String h2 = reserving.hold(second, book);
    reserving.patron(reader).post("/econtent/loans/" + loan + "/return").then().statusCode(200);
    reserving.patron(first).delete("/econtent/holds/" + h1).then().statusCode(204);
    reserving.patron(second).get("/econtent/holds/" + h2).then().body("status", equalTo("ready"));
  }
}

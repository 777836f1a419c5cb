package org.folio.access.circulation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /econtent/availability/{resourceId} and GET /econtent/patrons/{patronId}/activity. */
class AvailabilityIT {
  private static Econtent library;

  @BeforeAll
  static void enable() {
    library = Econtent.library("circavail");
  }

  @Test
  void aTitleWithAFreeCopyIsAvailableNow() {
    String book = library.ebook("Emma", 2);
    library.checkOut(UUID.randomUUID(), book);
    library.anonymous().get("/econtent/availability/" + book).then().statusCode(200)
        .body("resourceId", equalTo(book)).body("copiesOwned", equalTo(2)).body("copiesAvailable", equalTo(1))
        .body("holdsWaiting", equalTo(0)).body("available", equalTo(true)).body("estimatedWaitDays", equalTo(0));
  }

  @Test
  void aTitleOnLoanTellsTheQueueAndTheWait() {
    String book = library.ebook("Persuasion", 1);
    library.checkOut(UUID.randomUUID(), book);
    library.hold(UUID.randomUUID(), book);
    library.anonymous().get("/econtent/availability/" + book).then().statusCode(200)
        .body("copiesAvailable", equalTo(0)).body("holdsWaiting", equalTo(1)).body("available", equalTo(false))
        .body("estimatedWaitDays", equalTo(42));
  }

  @Test
  void anExhaustedLicenceIsNotAvailableAndHasNoWait() {
    String book = library.lendable(library.resource("Sanditon", "https://books.example.com/sanditon"),
        Map.of("licenseModel", "metered", "copies", 1, "checkoutsRemaining", 0));
    library.anonymous().get("/econtent/availability/" + book).then().statusCode(200)
        .body("available", equalTo(false)).body("copiesAvailable", equalTo(0)).body("estimatedWaitDays", nullValue());
  }

  @Test
  void anUnknownTitleHasNoAvailability() {
    library.anonymous().get("/econtent/availability/7-8-9").then().statusCode(404);
  }

  @Test
  void aPatronSeesTheirOpenLoansAndActiveHolds() {
    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, library.ebook("Mansfield Park", 1));
    String busy = library.ebook("Northanger Abbey", 1);
    library.checkOut(UUID.randomUUID(), busy);
    String hold = library.hold(patron, busy);
    library.patron(patron).get("/econtent/patrons/" + patron + "/activity").then().statusCode(200)
        .body("patronId", equalTo(patron.toString()))
        .body("loans.id", hasItems(loan)).body("loans.size()", equalTo(1))
        .body("holds.id", hasItems(hold)).body("holds[0].position", equalTo(1));
  }

  @Test
  void anotherPatronsActivityNeedsStaffPermission() {
    UUID patron = UUID.randomUUID();
    library.patron(UUID.randomUUID()).get("/econtent/patrons/" + patron + "/activity").then().statusCode(403);
    library.staff(UUID.randomUUID(), Caller.ALL).get("/econtent/patrons/" + patron + "/activity").then().statusCode(200)
        .body("loans.size()", equalTo(0));
    library.patron(patron).get("/econtent/patrons/not-a-uuid/activity").then().statusCode(400);
    library.anonymous().get("/econtent/patrons/" + patron + "/activity").then().statusCode(401);
  }
}

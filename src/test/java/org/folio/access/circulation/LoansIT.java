package org.folio.access.circulation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /econtent/loans, renew, return, GET: the rules a patron meets when borrowing. */
class LoansIT {
  private static Econtent library;

  @BeforeAll
  static void enable() {
    library = Econtent.library("circloans");
  }

  @Test
  void aPatronBorrowsAFreeCopyForThePolicyPeriod() {
    String book = library.ebook("The Left Hand of Darkness", 2);
    UUID patron = UUID.randomUUID();
    var loan = library.patron(patron).body(Map.of("resourceId", book)).post("/econtent/loans")
        .then().statusCode(201)
        .body("resourceId", equalTo(book)).body("patronId", equalTo(patron.toString()))
        .body("status", equalTo("open")).body("renewalCount", equalTo(0))
        .body("id", notNullValue()).body("returnDate", nullValue())
        .extract().jsonPath();
    Duration period = Duration.between(OffsetDateTime.parse(loan.getString("loanDate")), OffsetDateTime.parse(loan.getString("dueDate")));
    assertEquals(Duration.ofDays(21), period);
  }

  @Test
  void daysShortenTheLoan() {
    String book = library.ebook("A Wizard of Earthsea", 1);
    var loan = library.patron(UUID.randomUUID()).body(Map.of("resourceId", book, "days", 7)).post("/econtent/loans")
        .then().statusCode(201).extract().jsonPath();
    assertEquals(Duration.ofDays(7),
        Duration.between(OffsetDateTime.parse(loan.getString("loanDate")), OffsetDateTime.parse(loan.getString("dueDate"))));
  }

  @Test
  void daysCannotExtendTheLoanBeyondThePolicy() {
    String book = library.ebook("The Dispossessed", 1);
    library.patron(UUID.randomUUID()).body(Map.of("resourceId", book, "days", 22)).post("/econtent/loans")
        .then().statusCode(422).body("errors[0].code", equalTo("VALIDATION_ERROR"))
        .body("errors[0].parameters[0].key", equalTo("days"));
  }

  @Test
  void aSecondCheckoutOfTheSameTitleIsRefused() {
    String book = library.ebook("The Lathe of Heaven", 3);
    UUID patron = UUID.randomUUID();
    library.checkOut(patron, book);
    library.patron(patron).body(Map.of("resourceId", book)).post("/econtent/loans")
        .then().statusCode(409).body("errors[0].code", equalTo("ALREADY_CHECKED_OUT"));
  }

  @Test
  void secondPatronIsRefusedWhenTheOnlyCopyIsOnLoan() {
    String book = library.ebook("Always Coming Home", 1);
    library.checkOut(UUID.randomUUID(), book);
    library.patron(UUID.randomUUID()).body(Map.of("resourceId", book)).post("/econtent/loans")
        .then().statusCode(409).body("errors[0].code", equalTo("NO_AVAILABLE_COPIES"));
  }

  @Test
  void aPatronAtTheLoanLimitIsRefused() {
    Econtent strict = Econtent.library("circlimit");
    strict.policy(Map.of("maxOpenLoans", 2));
    UUID patron = UUID.randomUUID();
    strict.checkOut(patron, strict.ebook("Kindred", 1));
    strict.checkOut(patron, strict.ebook("Dawn", 1));
    strict.patron(patron).body(Map.of("resourceId", strict.ebook("Imago", 1))).post("/econtent/loans")
        .then().statusCode(422).body("errors[0].code", equalTo("PATRON_LOAN_LIMIT_REACHED"));
  }

  @Test
  void somethingThatIsNotALendableCannotBeBorrowed() {
    library.patron(UUID.randomUUID()).body(Map.of("resourceId", "1-2-3")).post("/econtent/loans")
        .then().statusCode(422).body("errors[0].code", equalTo("NOT_LENDABLE"));
  }

  @Test
  void aRequestWithoutUserIsRefused() {
    String book = library.ebook("Parable of the Sower", 1);
    library.anonymous().body(Map.of("resourceId", book)).post("/econtent/loans")
        .then().statusCode(401).body("errors[0].code", equalTo("USER_REQUIRED"));
    library.anonymous().get("/econtent/loans").then().statusCode(401).body("errors[0].code", equalTo("USER_REQUIRED"));
  }

  @Test
  void aUserIdThatIsNotAUuidIsABadRequest() {
    library.anonymous().header("X-Okapi-User-Id", "admin").get("/econtent/loans")
        .then().statusCode(400).body("errors[0].code", equalTo("INVALID_USER_ID"));
  }

  @Test
  void aPatronCannotBorrowForAnotherPatron() {
    String book = library.ebook("Parable of the Talents", 1);
    library.patron(UUID.randomUUID()).body(Map.of("resourceId", book, "patronId", UUID.randomUUID().toString()))
        .post("/econtent/loans").then().statusCode(403).body("errors[0].code", equalTo("ON_BEHALF_NOT_PERMITTED"));
  }

  @Test
  void staffWithTheOnBehalfPermissionBorrowForAPatron() {
    String book = library.ebook("Fledgling", 1);
    UUID patron = UUID.randomUUID();
    library.staff(UUID.randomUUID(), Caller.ON_BEHALF).body(Map.of("resourceId", book, "patronId", patron.toString()))
        .post("/econtent/loans").then().statusCode(201).body("patronId", equalTo(patron.toString()));
  }

  @Test
  void aPatronSeesOnlyTheirOwnLoans() {
    String book = library.ebook("Wild Seed", 2);
    UUID mine = UUID.randomUUID();
    UUID theirs = UUID.randomUUID();
    String myLoan = library.checkOut(mine, book);
    String theirLoan = library.checkOut(theirs, book);
    library.patron(mine).get("/econtent/loans").then().statusCode(200)
        .body("totalRecords", equalTo(1)).body("loans[0].id", equalTo(myLoan));
    library.patron(mine).get("/econtent/loans/" + myLoan).then().statusCode(200).body("id", equalTo(myLoan));
    library.patron(mine).get("/econtent/loans/" + theirLoan).then().statusCode(404).body("errors[0].code", equalTo("NOT_FOUND"));
    library.staff(UUID.randomUUID(), Caller.ALL).get("/econtent/loans?query=resourceId==" + book)
        .then().statusCode(200).body("totalRecords", equalTo(2)).body("loans.id", hasItems(myLoan, theirLoan));
  }

  @Test
  void loansAreSearchedByCql() {
    String book = library.ebook("Mind of My Mind", 1);
    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, book);
    library.patron(patron).get("/econtent/loans?query=status==open and dueDate>2000-01-01 sortBy dueDate")
        .then().statusCode(200).body("loans.id", hasItems(loan));
    library.patron(patron).get("/econtent/loans?query=status==closed").then().statusCode(200).body("totalRecords", equalTo(0));
    library.patron(patron).get("/econtent/loans?query=colour==blue").then().statusCode(400)
        .body("errors[0].code", equalTo("INVALID_QUERY"));
  }

  @Test
  void anUnknownLoanIsNotFound() {
    library.patron(UUID.randomUUID()).get("/econtent/loans/" + UUID.randomUUID()).then().statusCode(404);
    library.patron(UUID.randomUUID()).get("/econtent/loans/not-a-uuid").then().statusCode(404);
    library.patron(UUID.randomUUID()).post("/econtent/loans/" + UUID.randomUUID() + "/renew").then().statusCode(404);
    library.patron(UUID.randomUUID()).post("/econtent/loans/" + UUID.randomUUID() + "/return").then().statusCode(404);
  }

  @Test
  void aRenewalMakesTheLoanDueOnePeriodFromNow() {
    String book = library.ebook("Clay's Ark", 1);
    UUID patron = UUID.randomUUID();
    String loan = library.patron(patron).body(Map.of("resourceId", book, "days", 3)).post("/econtent/loans")
        .then().statusCode(201).extract().path("id");
    var renewed = library.patron(patron).post("/econtent/loans/" + loan + "/renew").then().statusCode(200)
        .body("renewalCount", equalTo(1)).body("status", equalTo("open")).extract().jsonPath();
    Duration left = Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(renewed.getString("dueDate")));
    assertTrue(left.compareTo(Duration.ofDays(20)) > 0, left.toString());
  }

  @Test
  void renewalsStopAtThePolicyLimit() {
    String book = library.ebook("Survivor", 1);
    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, book);
    library.patron(patron).post("/econtent/loans/" + loan + "/renew").then().statusCode(200);
    library.patron(patron).post("/econtent/loans/" + loan + "/renew").then().statusCode(200).body("renewalCount", equalTo(2));
    library.patron(patron).post("/econtent/loans/" + loan + "/renew")
        .then().statusCode(422).body("errors[0].code", equalTo("RENEWAL_LIMIT_REACHED"));
  }

  @Test
  void aLoanCannotBeRenewedWhileOthersWait() {
    String book = library.ebook("Patternmaster", 1);
    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, book);
    library.hold(UUID.randomUUID(), book);
    library.patron(patron).post("/econtent/loans/" + loan + "/renew")
        .then().statusCode(409).body("errors[0].code", equalTo("HOLDS_WAITING"));
  }

  @Test
  void aReturnClosesTheLoanAndFreesTheCopy() {
    String book = library.ebook("Lilith's Brood", 1);
    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, book);
    library.patron(patron).post("/econtent/loans/" + loan + "/return").then().statusCode(200)
        .body("status", equalTo("closed")).body("returnDate", notNullValue()).body("closeReason", equalTo("returned"));
    library.patron(patron).post("/econtent/loans/" + loan + "/return")
        .then().statusCode(409).body("errors[0].code", equalTo("LOAN_NOT_OPEN"));
    library.patron(patron).post("/econtent/loans/" + loan + "/renew")
        .then().statusCode(409).body("errors[0].code", equalTo("LOAN_NOT_OPEN"));
    library.checkOut(UUID.randomUUID(), book);
  }

  @Test
  void anotherPatronCannotReturnMyLoan() {
    String book = library.ebook("Bloodchild", 1);
    String loan = library.checkOut(UUID.randomUUID(), book);
    library.patron(UUID.randomUUID()).post("/econtent/loans/" + loan + "/return").then().statusCode(404);
  }

  @Test
  void aRefusedReturnLeavesTheCopyInUseAndAReturnFreesItOnce() {
    String book = library.ebook("Fledgling", 2);
    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, book);
    library.checkOut(UUID.randomUUID(), book);
    library.patron(UUID.randomUUID()).post("/econtent/loans/" + loan + "/return").then().statusCode(404);
    assertEquals(2, copiesInUse(book));
    library.patron(patron).post("/econtent/loans/" + loan + "/return").then().statusCode(200);
    assertEquals(1, copiesInUse(book));
    library.patron(patron).post("/econtent/loans/" + loan + "/return").then().statusCode(409);
    assertEquals(1, copiesInUse(book));
  }

  private Object copiesInUse(String resourceId) {
    return library.value("SELECT copies_in_use FROM {s}.econtent_lendables WHERE resource_id = $1", resourceId);
  }

  @Test
  void everyLoanChangeIsWrittenToTheOutbox() {
    String book = library.ebook("Unexpected Stories", 1);
    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, book);
    library.patron(patron).post("/econtent/loans/" + loan + "/renew").then().statusCode(200);
    library.patron(patron).post("/econtent/loans/" + loan + "/return").then().statusCode(200);
    var events = library.module.sql("SELECT event_type, payload->>'tenant' AS tenant, payload->'loan'->>'status' AS status,"
        + " payload->>'time' AS time FROM " + library.schema() + ".outbox WHERE aggregate_id = $1 ORDER BY id", loan);
    var types = new java.util.ArrayList<String>();
    events.forEach(r -> {
      types.add(r.getString("event_type"));
      assertEquals("circloans", r.getString("tenant"));
      assertTrue(r.getString("time").endsWith("Z"));
    });
    assertEquals(java.util.List.of("econtent.loan.opened", "econtent.loan.renewed", "econtent.loan.closed"), types);
  }

  @Test
  void aMeteredLicenceStopsLendingWhenItsCheckoutsRunOut() {
    String audio = library.lendable(library.resource("Kindred (audio)", "https://audio.example.com/kindred"),
        Map.of("licenseModel", "metered", "copies", 2, "checkoutsRemaining", 2));
    UUID first = UUID.randomUUID();
    String loan = library.checkOut(first, audio);
    library.patron(first).post("/econtent/loans/" + loan + "/return").then().statusCode(200);
    library.checkOut(UUID.randomUUID(), audio);
    library.patron(UUID.randomUUID()).body(Map.of("resourceId", audio)).post("/econtent/loans")
        .then().statusCode(422).body("errors[0].code", equalTo("LICENSE_EXHAUSTED"));
    assertEquals(0, library.value("SELECT checkouts_remaining FROM {s}.econtent_lendables WHERE resource_id = $1", audio));
  }

  @Test
  void anExpiredLicenceLendsNoMore() {
    String book = library.lendable(library.resource("Xenogenesis", "https://books.example.com/x"),
        Map.of("licenseModel", "one-copy-one-user", "copies", 1, "licenseExpires", "2020-01-01T00:00:00Z"));
    library.patron(UUID.randomUUID()).body(Map.of("resourceId", book)).post("/econtent/loans")
        .then().statusCode(422).body("errors[0].code", equalTo("LICENSE_EXHAUSTED"));
  }

  @Test
  void aLoanNeverOutlastsTheLicence() {
    OffsetDateTime end = OffsetDateTime.now().plusDays(5).withNano(0);
    String book = library.lendable(library.resource("Seed to Harvest", "https://books.example.com/s"),
        Map.of("licenseModel", "unlimited", "copies", 0, "licenseExpires", end.toString()));
    String due = library.patron(UUID.randomUUID()).body(Map.of("resourceId", book)).post("/econtent/loans")
        .then().statusCode(201).extract().path("dueDate");
    assertEquals(end.toInstant(), OffsetDateTime.parse(due).toInstant());
  }

  @Test
  void anUnlimitedLicenceLendsToEveryone() {
    String book = library.lendable(library.resource("Open Access Primer", "https://books.example.com/oa"),
        Map.of("licenseModel", "unlimited", "copies", 0));
    for (int i = 0; i < 5; i++) {
      library.checkOut(UUID.randomUUID(), book);
    }
  }
}

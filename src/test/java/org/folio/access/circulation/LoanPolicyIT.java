package org.folio.access.circulation;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET|PUT /econtent/loan-policy. */
class LoanPolicyIT {
  private static Econtent library;

  @BeforeAll
  static void enable() {
    library = Econtent.library("circpolicy");
  }

  @Test
  void sensibleDefaultsApplyBeforeAnyPolicyIsStored() {
    Econtent fresh = Econtent.library("circdefaults");
    fresh.anonymous().get("/econtent/loan-policy").then().statusCode(200)
        .body("loanPeriodDays.ebook", equalTo(21)).body("loanPeriodDays.video", equalTo(3))
        .body("renewalLimit", equalTo(2)).body("maxOpenLoans", equalTo(10)).body("maxWaitingHolds", equalTo(10))
        .body("holdFulfillment", equalTo("auto-checkout")).body("reservationHours", equalTo(72));
  }

  @Test
  void aStoredPolicyIsWhatLoansFollow() {
    library.policy(Map.of("loanPeriodDays", Map.of("ebook", 14, "eaudio", 7, "emagazine", 7, "video", 2),
        "holdFulfillment", "reserve", "reservationHours", 48));
    library.anonymous().get("/econtent/loan-policy").then().statusCode(200)
        .body("loanPeriodDays.ebook", equalTo(14)).body("holdFulfillment", equalTo("reserve"))
        .body("reservationHours", equalTo(48));
    String book = library.ebook("Walden", 1);
    library.patron(java.util.UUID.randomUUID()).body(Map.of("resourceId", book, "days", 15)).post("/econtent/loans")
        .then().statusCode(422).body("errors[0].parameters[0].key", equalTo("days"));
  }

  /**
   * An instance keeps the policy it decoded, but asks the database for the row's version on every read: a change
   * written by another instance (here: straight into the table) counts at the next checkout, and so does its removal.
   */
  @Test
  void aPolicyWrittenByAnotherInstanceCountsAtOnce() {
    Econtent other = Econtent.library("circpolicyshared");
    other.policy(Map.of("maxOpenLoans", 1));
    UUID patron = UUID.randomUUID();
    other.checkOut(patron, other.ebook("Emma", 1));
    String second = other.ebook("Persuasion", 1);
    other.patron(patron).body(Map.of("resourceId", second)).post("/econtent/loans").then().statusCode(422)
        .body("errors[0].code", equalTo("PATRON_LOAN_LIMIT_REACHED"));

    other.value("UPDATE {s}.econtent_loan_policy SET jsonb = jsonb_set(jsonb, '{maxOpenLoans}', '2')");
    other.patron(patron).body(Map.of("resourceId", second)).post("/econtent/loans").then().statusCode(201);
    other.patron(patron).body(Map.of("resourceId", other.ebook("Sanditon", 1))).post("/econtent/loans").then().statusCode(422)
        .body("errors[0].code", equalTo("PATRON_LOAN_LIMIT_REACHED"));
    other.anonymous().get("/econtent/loan-policy").then().statusCode(200).body("maxOpenLoans", equalTo(2));

    other.value("DELETE FROM {s}.econtent_loan_policy");
    other.anonymous().get("/econtent/loan-policy").then().statusCode(200).body("maxOpenLoans", equalTo(10));
    other.patron(patron).body(Map.of("resourceId", other.ebook("Lady Susan", 1))).post("/econtent/loans").then().statusCode(201);
  }

  @Test
  void anIncompleteOrWrongPolicyIsRefusedNamingTheField() {
    library.anonymous().body(Map.of("renewalLimit", 1)).put("/econtent/loan-policy").then().statusCode(422)
        .body("errors[0].code", equalTo("VALIDATION_ERROR"));
    library.anonymous().body(Map.of("loanPeriodDays", Map.of("ebook", 0, "eaudio", 7, "emagazine", 7, "video", 2),
            "renewalLimit", 1, "maxOpenLoans", 5, "maxWaitingHolds", 5, "holdFulfillment", "auto-checkout", "reservationHours", 1))
        .put("/econtent/loan-policy").then().statusCode(422).body("errors[0].parameters[0].key", equalTo("loanPeriodDays.ebook"));
    library.anonymous().body(Map.of("loanPeriodDays", Map.of("ebook", 1, "eaudio", 7, "emagazine", 7, "video", 2),
            "renewalLimit", 1, "maxOpenLoans", 5, "maxWaitingHolds", 5, "holdFulfillment", "lottery", "reservationHours", 1))
        .put("/econtent/loan-policy").then().statusCode(422).body("errors[0].parameters[0].key", equalTo("holdFulfillment"));
  }
}

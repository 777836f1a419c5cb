package org.folio.access.circulation.vendors;

import static org.folio.access.circulation.vendors.VendorLibrary.call;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.folio.access.support.OutsideSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockserver.model.HttpResponse;

/**
 * A vendor outage (503s, then answers too slow) during checkout, renewal, return, hold cancellation and sync keeps
 * every local loan and hold as it was; empty and broken answers end nothing; the sync after recovery turns the
 * hold the vendor converted into a checkout into a loan here, and ends a loan the vendor no longer lists.
 */
class VendorOutageIT {
  private static OutsideSystem vendor;
  private static VendorLibrary library;

  @BeforeAll
  static void start() {
    System.setProperty("econtent.vendor.deadline.ms", "1500");
    System.setProperty("econtent.vendor.read.attempts", "1");
    vendor = OutsideSystem.start();
    library = new VendorLibrary("vendoutage", vendor);
  }

  @AfterAll
  static void stop() {
    System.clearProperty("econtent.vendor.deadline.ms");
    System.clearProperty("econtent.vendor.read.attempts");
    vendor.close();
  }

  private static HttpResponse ok(String json) {
    return response().withStatusCode(200).withHeader("Content-Type", "application/json").withBody(json);
  }

  /** status of each loan and hold of the patron, by resource id: what must not change during the outage. */
  private List<String> state(UUID patron) {
    List<String> state = new java.util.ArrayList<>();
    library.econtent.module.sql("SELECT resource_id || ' loan ' || status || ' ' || renewal_count AS s FROM "
            + library.econtent.schema() + ".econtent_loans WHERE patron_id = $1 UNION ALL SELECT resource_id || ' hold ' || status"
            + " FROM " + library.econtent.schema() + ".econtent_holds WHERE patron_id = $1 ORDER BY 1", patron)
        .forEach(row -> state.add(row.getString("s")));
    return state;
  }

  /**
   * The calls of each test stay under the breaker's minimum of 10 in its window (it opens at half of them failing),
   * so that the recovery is seen at once rather than after the breaker's 30 s.
   */
  private void vendorDown(VendorLibrary.Account account, HttpResponse answer) {
    library.mock().clear(request().withPath("/" + account.libraryId() + "/.*"));
    library.mock().when(request().withPath("/" + account.libraryId() + "/.*")).respond(answer);
  }

  private void vendorLists(VendorLibrary.Account account, String checkouts, String holds) {
    library.mock().clear(request().withPath("/" + account.libraryId() + "/.*"));
    library.mock().when(call(account, "GET", "/patrons/1200/checkouts")).respond(ok(checkouts));
    library.mock().when(call(account, "GET", "/patrons/1200/holds")).respond(ok(holds));
  }

  private void sync(VendorLibrary.Account account, UUID patron, int status) {
    library.econtent.patron(patron).post("/econtent/vendors/" + account.id() + "/patrons/" + patron + "/sync").then().statusCode(status);
  }

  @Test
  void anOutageKeepsEveryLoanAndHoldAndTheSyncAfterRecoveryAdoptsTheConvertedHold() {
    VendorLibrary.Account account = library.account("Outage 503");
    VendorLibrary.Title lent = library.title(account, "ebook");
    VendorLibrary.Title held = library.title(account, "ebook");
    VendorLibrary.Title converted = library.title(account, "eaudio");
    VendorLibrary.Title wanted = library.title(account, "ebook");
    UUID patron = library.patron(account, "1200");
    library.mock().when(request().withMethod("POST").withPath(account.path("/patrons/1200/.*"))).respond(ok("{}"));
    String loan = library.econtent.checkOut(patron, lent.resourceId());
    library.econtent.hold(patron, held.resourceId());
    library.econtent.hold(patron, converted.resourceId());
    List<String> before = state(patron);
    assertEquals(3, before.size());

    vendorDown(account, response().withStatusCode(503).withBody("{\"message\": \"maintenance\"}"));
    library.econtent.patron(patron).body(Map.of("resourceId", wanted.resourceId())).post("/econtent/loans")
        .then().statusCode(503).header("Retry-After", notNullValue());
    library.econtent.patron(patron).post("/econtent/loans/" + loan + "/renew").then().statusCode(503);
    sync(account, patron, 503);
    assertEquals(before, state(patron));

    vendorLists(account, "[]", "[]");
    sync(account, patron, 200);
    assertEquals(before, state(patron), "an empty answer ends nothing");
    library.mock().clear(request().withPath("/" + account.libraryId() + "/.*"));
    library.mock().when(call(account, "GET", "/patrons/1200/checkouts")).respond(ok("<html>gateway error</html>"));
    library.mock().when(call(account, "GET", "/patrons/1200/holds")).respond(ok("{\"not\": \"a list\"}"));
    sync(account, patron, 502);
    assertEquals(before, state(patron), "a broken answer ends nothing");

    // recovered: the vendor turned the hold on `converted` into a checkout
    vendorLists(account, "[{\"isbn\": \"" + lent.isbn() + "\"}, {\"isbn\": \"" + converted.isbn() + "\", \"expiration\": \""
        + java.time.LocalDate.now().plusDays(21) + "\"}]", "[{\"isbn\": \"" + held.isbn() + "\"}]");
    library.econtent.patron(patron).post("/econtent/vendors/" + account.id() + "/patrons/" + patron + "/sync").then().statusCode(200)
        .body("loansOpened", equalTo(1)).body("loansClosed", equalTo(0)).body("holdsCancelled", equalTo(0));
    library.econtent.patron(patron).get("/econtent/loans?query=resourceId==\"" + converted.resourceId() + "\"").then()
        .statusCode(200).body("loans[0].status", equalTo("open")).body("loans[0].holdId", notNullValue());
    library.econtent.patron(patron).get("/econtent/holds?query=resourceId==\"" + converted.resourceId() + "\"").then()
        .statusCode(200).body("holds[0].status", equalTo("fulfilled"));
    library.econtent.patron(patron).get("/econtent/holds?query=resourceId==\"" + held.resourceId() + "\"").then()
        .statusCode(200).body("holds[0].status", equalTo("waiting"));

    // the vendor ended the first loan (returned there): it ends here
    vendorLists(account, "[{\"isbn\": \"" + converted.isbn() + "\"}]", "[{\"isbn\": \"" + held.isbn() + "\"}]");
    library.econtent.patron(patron).post("/econtent/vendors/" + account.id() + "/patrons/" + patron + "/sync").then().statusCode(200)
        .body("loansOpened", equalTo(0)).body("loansClosed", equalTo(1));
    library.econtent.patron(patron).get("/econtent/loans/" + loan).then().statusCode(200).body("status", equalTo("closed"));
  }

  @Test
  void aVendorTooSlowToAnswerChangesNothingHere() {
    VendorLibrary.Account account = library.account("Outage slow");
    VendorLibrary.Title lent = library.title(account, "ebook");
    VendorLibrary.Title held = library.title(account, "ebook");
    VendorLibrary.Title wanted = library.title(account, "ebook");
    UUID patron = library.patron(account, "1200");
    library.mock().when(request().withMethod("POST").withPath(account.path("/patrons/1200/.*"))).respond(ok("{}"));
    String loan = library.econtent.checkOut(patron, lent.resourceId());
    String hold = library.econtent.hold(patron, held.resourceId());
    List<String> before = state(patron);

    vendorDown(account, ok("{}").withDelay(TimeUnit.MILLISECONDS, 2500));
    library.econtent.patron(patron).body(Map.of("resourceId", wanted.resourceId())).post("/econtent/loans")
        .then().statusCode(504).header("Retry-After", notNullValue()).body("errors[0].code", equalTo("VENDOR_UNAVAILABLE"));
    library.econtent.patron(patron).post("/econtent/loans/" + loan + "/renew").then().statusCode(504);
    library.econtent.patron(patron).post("/econtent/loans/" + loan + "/return").then().statusCode(504);
    library.econtent.patron(patron).delete("/econtent/holds/" + hold).then().statusCode(504);
    sync(account, patron, 504);
    assertEquals(before, state(patron));
  }
}

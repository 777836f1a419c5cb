package org.folio.access.circulation.vendors;

import static org.folio.access.circulation.vendors.VendorLibrary.call;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockserver.model.HttpResponse.response;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.folio.access.support.OutsideSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockserver.matchers.Times;
import org.mockserver.model.HttpResponse;
import org.mockserver.verify.VerificationTimes;

/**
 * Lending relayed to a vendor (MockServer): each call's path, headers and effect, and each refusal's mapping. The
 * local loan or hold exists exactly when the vendor said yes.
 */
class VendorLendingIT {
  private static OutsideSystem vendor;
  private static VendorLibrary library;

  @BeforeAll
  static void start() {
    System.setProperty("econtent.vendor.deadline.ms", "1500");
    org.mockserver.configuration.ConfigurationProperties.maxLogEntries(20_000);
    vendor = OutsideSystem.start();
    library = new VendorLibrary("vendlending", vendor);
  }

  @AfterAll
  static void stop() {
    System.clearProperty("econtent.vendor.deadline.ms");
    vendor.close();
  }

  private long loans(UUID patron) {
    return (Long) library.econtent.value("SELECT count(*) FROM {s}.econtent_loans WHERE patron_id = $1 AND status = 'open'", patron);
  }

  private long holds(UUID patron) {
    return (Long) library.econtent.value("SELECT count(*) FROM {s}.econtent_holds WHERE patron_id = $1 AND status = 'waiting'", patron);
  }

  private static HttpResponse ok(String json) {
    return response().withStatusCode(200).withHeader("Content-Type", "application/json").withBody(json);
  }

  @Test
  void aPatronIsFoundByBarcodeOrCreatedWithEveryCallAuthenticated() {
    VendorLibrary.Account account = library.account("Patrons");
    UUID known = UUID.randomUUID();
    library.mock().when(call(account, "GET", "/patrons/21000111"), Times.exactly(1)).respond(ok("{\"patronId\": 789}"));
    library.econtent.patron(known).body(Map.of("barcode", "21000111")).post("/econtent/vendors/" + account.id() + "/patrons")
        .then().statusCode(200).body("vendorPatronId", equalTo("789")).body("created", equalTo(false));
    UUID unknown = UUID.randomUUID();
    library.mock().when(call(account, "GET", "/patrons/new@example.com"), Times.exactly(1))
        .respond(response().withStatusCode(404).withBody("{\"message\": \"Patron not found\"}"));
    library.mock().when(call(account, "POST", "/patrons"), Times.exactly(1)).respond(ok("{\"patronId\": \"790\"}"));
    library.econtent.patron(unknown).body(Map.of("email", "new@example.com")).post("/econtent/vendors/" + account.id() + "/patrons")
        .then().statusCode(200).body("vendorPatronId", equalTo("790")).body("created", equalTo(true));
    // kept: asked again, the vendor is not asked
    library.econtent.patron(unknown).body(Map.of()).post("/econtent/vendors/" + account.id() + "/patrons")
        .then().statusCode(200).body("vendorPatronId", equalTo("790"));
    library.mock().verify(call(account, "GET", "/patrons/21000111").withHeader("Authorization", "Basic " + VendorLibrary.TOKEN)
        .withHeader("Accept-Media", "compact"), VerificationTimes.exactly(1));
    library.mock().verify(call(account, "POST", "/patrons").withHeader("Authorization", "Basic " + VendorLibrary.TOKEN)
        .withBody(org.mockserver.model.JsonBody.json("{\"email\": \"new@example.com\"}")), VerificationTimes.exactly(1));
    // neither given nor found through the gateway: no account to use
    library.econtent.patron(UUID.randomUUID()).body(Map.of()).post("/econtent/vendors/" + account.id() + "/patrons")
        .then().statusCode(422).body("errors[0].code", equalTo("VENDOR_PATRON_UNKNOWN"));
  }

  @Test
  void aCheckoutTheVendorGrantsIsALoanHereForTheAccountsDaysAndItsReturnEndsBoth() {
    VendorLibrary.Account account = library.account("Checkout");
    VendorLibrary.Title title = library.title(account, "ebook");
    UUID patron = library.patron(account, "501");
    String checkout = "/patrons/501/checkouts/" + title.isbn();
    library.mock().when(call(account, "POST", checkout), Times.exactly(1))
        .respond(ok("{\"isbn\": \"" + title.isbn() + "\", \"transactionId\": \"t1\"}"));
    String loan = library.econtent.patron(patron).body(Map.of("resourceId", title.resourceId())).post("/econtent/loans")
        .then().statusCode(201).body("status", equalTo("open")).extract().path("id");
    library.mock().verify(call(account, "POST", checkout).withQueryStringParameter("days", "14")
        .withHeader("Authorization", "Basic " + VendorLibrary.TOKEN).withHeader("Accept-Media", "compact"), VerificationTimes.exactly(1));
    library.mock().when(call(account, "PUT", checkout), Times.exactly(1)).respond(ok("{}"));
    library.econtent.patron(patron).post("/econtent/loans/" + loan + "/renew").then().statusCode(200).body("renewalCount", equalTo(1));
    library.mock().when(call(account, "DELETE", checkout), Times.exactly(1)).respond(response().withStatusCode(204));
    library.econtent.patron(patron).post("/econtent/loans/" + loan + "/return").then().statusCode(200).body("status", equalTo("closed"));
    library.mock().verify(call(account, "DELETE", checkout), VerificationTimes.exactly(1));
    assertEquals(0, loans(patron));
  }

  @Test
  void daysMayShortenTheAccountsPeriodNotExtendIt() {
    VendorLibrary.Account account = library.account("Days");
    VendorLibrary.Title title = library.title(account, "eaudio");
    UUID patron = library.patron(account, "502");
    library.mock().when(call(account, "POST", "/patrons/502/checkouts/" + title.isbn()), Times.exactly(1)).respond(ok("{}"));
    library.econtent.patron(patron).body(Map.of("resourceId", title.resourceId(), "days", 20)).post("/econtent/loans")
        .then().statusCode(201);
    library.mock().verify(call(account, "POST", "/patrons/502/checkouts/" + title.isbn()).withQueryStringParameter("days", "20"),
        VerificationTimes.exactly(1));
    VendorLibrary.Title other = library.title(account, "ebook");
    library.econtent.patron(patron).body(Map.of("resourceId", other.resourceId(), "days", 15)).post("/econtent/loans")
        .then().statusCode(422).body("errors[0].parameters[0].key", equalTo("days"));
    library.mock().verify(call(account, "POST", "/patrons/502/checkouts/" + other.isbn()), VerificationTimes.never());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "409|{\"message\": \"Patron checkout limit reached\"}|422|PATRON_LOAN_LIMIT_REACHED",
      "409|{\"message\": \"Title already checked out by patron\"}|409|ALREADY_CHECKED_OUT",
      "409|{\"message\": \"Title is not available for checkout\"}|409|NO_AVAILABLE_COPIES",
      "404|{\"message\": \"Title not found\"}|422|VENDOR_TITLE_NOT_FOUND",
      "401|{\"message\": \"Invalid partner token\"}|502|VENDOR_AUTH_FAILED",
      "403|Forbidden|502|VENDOR_AUTH_FAILED",
      "500|{\"message\": \"Internal error at secret-host-17\"}|503|VENDOR_UNAVAILABLE",
      "503|Service Unavailable|503|VENDOR_UNAVAILABLE",
      "400|{\"message\": \"Something odd\"}|502|VENDOR_ERROR"})
  void aRefusedCheckoutMapsToOurCodeAndLeavesNothingHere(int status, String body, int ours, String code) {
    VendorLibrary.Account account = library.account("Refusal " + code + " " + status);
    VendorLibrary.Title title = library.title(account, "ebook");
    UUID patron = library.patron(account, "600");
    library.mock().when(call(account, "POST", "/patrons/600/checkouts/" + title.isbn()), Times.exactly(1))
        .respond(response().withStatusCode(status).withBody(body));
    var answer = library.econtent.patron(patron).body(Map.of("resourceId", title.resourceId())).post("/econtent/loans")
        .then().statusCode(ours).body("errors[0].code", equalTo(code)).body(not(containsString("secret-host")))
        .body(not(containsString("Something odd"))).body(not(containsString(VendorLibrary.TOKEN)));
    if (ours == 503) {
      answer.header("Retry-After", notNullValue());
    }
    if ("NO_AVAILABLE_COPIES".equals(code)) {
      answer.body("errors[0].message", containsString("hold")).body("errors[0].parameters[0].key", equalTo("holdable"));
    }
    assertEquals(0, loans(patron));
  }

  @Test
  void aVendorThatDoesNotAnswerInTimeIs504WithRetryAfterAndNoLoan() {
    VendorLibrary.Account account = library.account("Slow");
    VendorLibrary.Title title = library.title(account, "ebook");
    UUID patron = library.patron(account, "601");
    library.mock().when(call(account, "POST", "/patrons/601/checkouts/" + title.isbn()), Times.exactly(1))
        .respond(ok("{}").withDelay(TimeUnit.MILLISECONDS, 3000));
    library.econtent.patron(patron).body(Map.of("resourceId", title.resourceId())).post("/econtent/loans")
        .then().statusCode(504).body("errors[0].code", equalTo("VENDOR_UNAVAILABLE")).header("Retry-After", notNullValue());
    assertEquals(0, loans(patron));
  }

  @Test
  void holdsArePlacedAndCancelledAtTheVendorFirstAndItsRefusalsMap() {
    VendorLibrary.Account account = library.account("Holds");
    VendorLibrary.Title title = library.title(account, "ebook");
    UUID patron = library.patron(account, "700");
    String hold = "/patrons/700/holds/" + title.isbn();
    library.mock().when(call(account, "POST", hold), Times.exactly(1)).respond(ok("{}"));
    String id = library.econtent.patron(patron).body(Map.of("resourceId", title.resourceId())).post("/econtent/holds")
        .then().statusCode(201).body("status", equalTo("waiting")).extract().path("id");
    assertEquals(1, holds(patron));
    library.mock().when(call(account, "DELETE", hold), Times.exactly(1)).respond(response().withStatusCode(503));
    library.econtent.patron(patron).delete("/econtent/holds/" + id).then().statusCode(503)
        .body("errors[0].code", equalTo("VENDOR_UNAVAILABLE"));
    assertEquals(1, holds(patron));
    library.mock().when(call(account, "DELETE", hold), Times.exactly(1)).respond(response().withStatusCode(204));
    library.econtent.patron(patron).delete("/econtent/holds/" + id).then().statusCode(204);
    assertEquals(0, holds(patron));

    VendorLibrary.Title held = library.title(account, "ebook");
    library.mock().when(call(account, "POST", "/patrons/700/holds/" + held.isbn()), Times.exactly(1))
        .respond(response().withStatusCode(409).withBody("{\"message\": \"Title already on hold for patron\"}"));
    library.econtent.patron(patron).body(Map.of("resourceId", held.resourceId())).post("/econtent/holds")
        .then().statusCode(409).body("errors[0].code", equalTo("ALREADY_ON_HOLD"));
    assertEquals(0, holds(patron));
  }

  @Test
  void aFulfilmentLinkComesFromTheCheckoutsFulfilmentUrlAndIsKeptForLessThanItsLife() {
    VendorLibrary.Account account = library.account("Fulfil");
    VendorLibrary.Title book = library.title(account, "ebook");
    VendorLibrary.Title audio = library.title(account, "eaudio");
    UUID patron = library.patron(account, "800");
    library.mock().when(call(account, "POST", "/patrons/800/checkouts/" + book.isbn())).respond(ok("{}"));
    library.mock().when(call(account, "POST", "/patrons/800/checkouts/" + audio.isbn())).respond(ok("{}"));
    String bookLoan = library.econtent.checkOut(patron, book.resourceId());
    String audioLoan = library.econtent.checkOut(patron, audio.resourceId());
    String fulfil = account.path("/fulfil/" + book.isbn());
    String expires = java.time.Instant.now().plusSeconds(900).toString();
    library.mock().when(call(account, "GET", "/patrons/800/checkouts")).respond(ok("[{\"isbn\": \"" + book.isbn()
        + "\", \"fulfillmentUrl\": \"" + vendor.baseUrl() + fulfil + "\"}, {\"isbn\": \"" + audio.isbn()
        + "\", \"hasDrm\": false, \"downloadUrl\": \"https://cdn.example.com/" + audio.isbn() + ".zip\"}]"));
    library.mock().when(org.mockserver.model.HttpRequest.request().withMethod("GET").withPath(fulfil))
        .respond(ok("{\"url\": \"https://acs.example.com/" + book.isbn() + ".acsm\", \"expiration\": \"" + expires + "\"}"));
    for (int i = 0; i < 2; i++) {
      library.econtent.patron(patron).get("/econtent/loans/" + bookLoan + "/fulfillment").then().statusCode(200)
          .body("url", equalTo("https://acs.example.com/" + book.isbn() + ".acsm")).body("format", equalTo("acsm"))
          .body("drm", equalTo("adobe-acs")).body("expiresAt", equalTo(expires));
    }
    library.mock().verify(org.mockserver.model.HttpRequest.request().withMethod("GET").withPath(fulfil)
        .withHeader("Authorization", "Basic " + VendorLibrary.TOKEN), VerificationTimes.exactly(1));
    library.econtent.patron(patron).get("/econtent/loans/" + audioLoan + "/fulfillment").then().statusCode(200)
        .body("url", equalTo("https://cdn.example.com/" + audio.isbn() + ".zip")).body("format", equalTo("zip"))
        .body("drm", equalTo("none"));
  }

  @Test
  void theCircuitBreakerOpensAfterFailuresAndAnswersAtOnceWithoutCallingTheVendor() {
    VendorLibrary.Account account = library.account("Breaker");
    VendorLibrary.Title title = library.title(account, "ebook");
    UUID patron = library.patron(account, "900");
    String checkout = "/patrons/900/checkouts/" + title.isbn();
    library.mock().when(call(account, "POST", checkout)).respond(response().withStatusCode(503));
    for (int i = 0; i < 10; i++) {
      library.econtent.patron(patron).body(Map.of("resourceId", title.resourceId())).post("/econtent/loans")
          .then().statusCode(503);
    }
    int reached = library.mock().retrieveRecordedRequests(call(account, "POST", checkout)).length;
    assertEquals(true, reached < 10, "the breaker opened within the first 10 calls (the window also holds the patron lookup)");
    for (int i = 0; i < 3; i++) {
      library.econtent.patron(patron).body(Map.of("resourceId", title.resourceId())).post("/econtent/loans")
          .then().statusCode(503).body("errors[0].code", equalTo("VENDOR_UNAVAILABLE")).header("Retry-After", equalTo("30"));
    }
    assertEquals(reached, library.mock().retrieveRecordedRequests(call(account, "POST", checkout)).length,
        "an open breaker answers without calling the vendor");
    assertEquals(0, loans(patron));
    // another account of the same vendor has a breaker of its own
    VendorLibrary.Account second = library.account("Breaker 2");
    VendorLibrary.Title fine = library.title(second, "ebook");
    UUID other = library.patron(second, "901");
    library.mock().when(call(second, "POST", "/patrons/901/checkouts/" + fine.isbn())).respond(ok("{}"));
    library.econtent.checkOut(other, fine.resourceId());
  }
}

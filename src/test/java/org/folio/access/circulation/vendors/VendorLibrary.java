package org.folio.access.circulation.vendors;

import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.folio.access.circulation.Econtent;
import org.folio.access.support.OutsideSystem;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.matchers.Times;
import org.mockserver.model.HttpRequest;

/**
 * A tenant with vendor accounts whose API is a MockServer (one per test class); each account has a library id
 * of its own, so that tests do not see each other's expectations or circuit breakers.
 */
final class VendorLibrary {
  static final String TOKEN = "c2VjcmV0LXBhcnRuZXItdG9rZW4=";
  private static final AtomicInteger LIBRARIES = new AtomicInteger(1000);
  private static final AtomicInteger ISBNS = new AtomicInteger(1);
  final Econtent econtent;
  final OutsideSystem vendor;

  VendorLibrary(String tenant, OutsideSystem vendor) {
    this.econtent = Econtent.library(tenant);
    this.vendor = vendor;
  }

  ClientAndServer mock() {
    return vendor.mock();
  }

  /** A vendor account on the mock; its id and library id. */
  Account account(String name) {
    String libraryId = String.valueOf(LIBRARIES.incrementAndGet());
    String id = staff().body(accountBody(name, libraryId)).post("/econtent/vendors").then().statusCode(201).extract().path("id");
    return new Account(id, libraryId);
  }

  Map<String, Object> accountBody(String name, String libraryId) {
    return new HashMap<>(Map.of("name", name, "type", "oneclick", "baseUrl", vendor.baseUrl(), "libraryId", libraryId,
        "token", TOKEN, "remoteStage", "qa", "ebookLoanDays", 14, "eaudioLoanDays", 21, "verbosity", "compact"));
  }

  record Account(String id, String libraryId) {
    String path(String rest) {
      return "/" + libraryId + rest;
    }
  }

  /** A vendor lendable (an eholdings resource lent through the account) of a fresh valid ISBN-13; its resource id and ISBN. */
  Title title(Account account, String mediaType) {
    String isbn = isbn13(ISBNS.incrementAndGet());
    String resource = econtent.resource("Vendor title " + isbn, "https://vendor.example.com/" + isbn);
    Map<String, Object> body = Map.of("licenseModel", "unlimited", "copies", 0, "mediaType", mediaType,
        "formats", List.of(Map.of("type", "ebook".equals(mediaType) ? "acsm" : "mp3", "drm", "ebook".equals(mediaType) ? "adobe-acs" : "none")),
        "source", Map.of("type", "vendor", "vendorId", account.id(), "itemId", isbn));
    staff().body(body).put("/econtent/lendables/" + resource).then().statusCode(201);
    return new Title(resource, isbn);
  }

  record Title(String resourceId, String isbn) {}

  /** A patron already mapped at the vendor (found there by barcode); their vendor id is given. */
  UUID patron(Account account, String vendorPatronId) {
    UUID patron = UUID.randomUUID();
    String barcode = "b" + patron.toString().substring(0, 8);
    mock().when(request().withMethod("GET").withPath(account.path("/patrons/" + barcode)), Times.exactly(1))
        .respond(response().withStatusCode(200).withBody("{\"patronId\": \"" + vendorPatronId + "\"}"));
    econtent.patron(patron).body(Map.of("barcode", barcode)).post("/econtent/vendors/" + account.id() + "/patrons")
        .then().statusCode(200);
    return patron;
  }

  /** Staff with every econtent permission. */
  RequestSpecification staff() {
    return econtent.staff(UUID.randomUUID(), "econtent.loans.on-behalf", "econtent.loans.all");
  }

  /** A request the vendor gets: method and path (under the account's library). */
  static HttpRequest call(Account account, String method, String rest) {
    return request().withMethod(method).withPath(account.path(rest));
  }

  static String isbn13(int n) {
    String twelve = "979" + String.format("%09d", n);
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return twelve + (10 - sum % 10) % 10;
  }
}

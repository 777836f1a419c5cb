package org.folio.access.circulation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.folio.access.circulation.fulfilment.FulfillmentTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /econtent/loans/{id}/fulfillment and following the link, which needs no gateway headers. */
class FulfillmentIT {
  private static final String URL = "https://books.example.com/walden?chapter=1";
  private static Econtent library;

  @BeforeAll
  static void enable() {
    library = Econtent.library("circfulfil");
  }

  private static String path(String url) {
    return url.substring(url.indexOf("/econtent/fulfillment/"));
  }

  private static Response follow(String path) {
    return given().redirects().follow(false).get(path);
  }

  @Test
  void theOwnerOfAnOpenLoanGetsALinkValidFifteenMinutesThatNeedsNoGatewayHeaders() {
    String book = library.lendable(library.resource("Walden", URL), Map.of("licenseModel", "one-copy-one-user", "copies", 1));
    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, book);
    var link = library.patron(patron).get("/econtent/loans/" + loan + "/fulfillment").then().statusCode(200)
        .body("url", startsWith("http://localhost:9130/_/invoke/tenant/circfulfil/econtent/fulfillment/circfulfil."))
        .body("format", equalTo("epub")).body("drm", equalTo("adobe-acs")).extract().jsonPath();
    Duration valid = Duration.between(Instant.now(), Instant.parse(link.getString("expiresAt")));
    assertTrue(valid.compareTo(Duration.ofMinutes(14)) > 0 && valid.compareTo(Duration.ofMinutes(16)) < 0, valid.toString());
    follow(path(link.getString("url"))).then().statusCode(302).header("Location", equalTo(URL));
    library.patron(patron).get("/econtent/loans/" + loan + "/fulfillment?format=pdf").then().statusCode(200)
        .body("format", equalTo("pdf")).body("drm", equalTo("none"));
    library.patron(patron).get("/econtent/loans/" + loan + "/fulfillment?format=mobi").then().statusCode(400)
        .body("errors[0].parameters[0].key", equalTo("format"));
  }

  @Test
  void theLinkAppliesTheEffectiveProxyOfTheResource() {
    Econtent proxied = Econtent.library("circproxy");
    String resource = proxied.resource("Cape Cod", URL);
    String book = proxied.lendable(resource, Map.of("licenseModel", "unlimited", "copies", 0));
    String[] ids = resource.split("-");
    UUID patron = UUID.randomUUID();
    String loan = proxied.checkOut(patron, book);
    String encoded = "https%3A%2F%2Fbooks.example.com%2Fwalden%3Fchapter%3D1";
    String ezproxy = "https://ezproxy.example.org/login?url=" + encoded;
    String openAthens = "https://go.openathens.net/redirector/example.org?url=" + encoded;

    proxied.module.sql("UPDATE " + proxied.schema() + ".kb_credentials SET jsonb = jsonb || '{\"rootProxyId\":\"EZProxy\"}'");
    assertEquals(ezproxy, location(proxied, patron, loan));
    proxied.module.sql("UPDATE " + proxied.schema() + ".providers SET proxy_id = 'OpenAthens' WHERE id = $1", Long.parseLong(ids[0]));
    assertEquals(openAthens, location(proxied, patron, loan));
    proxied.module.sql("UPDATE " + proxied.schema() + ".packages SET proxy_id = 'EZProxy' WHERE id = $1", Long.parseLong(ids[1]));
    assertEquals(ezproxy, location(proxied, patron, loan));
    proxied.module.sql("UPDATE " + proxied.schema() + ".resources SET proxy_id = '<n>' WHERE package_id = $1", Long.parseLong(ids[1]));
    assertEquals(URL, location(proxied, patron, loan));
  }

  private static String location(Econtent tenant, UUID patron, String loan) {
    String url = tenant.patron(patron).get("/econtent/loans/" + loan + "/fulfillment").then().statusCode(200).extract().path("url");
    return follow(path(url)).then().statusCode(302).extract().header("Location");
  }

  @Test
  void aTamperedLinkIsForbidden() {
    String book = library.lendable(library.resource("Civil Disobedience", URL), Map.of("licenseModel", "one-copy-one-user", "copies", 2));
    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, book);
    String other = library.checkOut(UUID.randomUUID(), book);
    String path = path(library.patron(patron).get("/econtent/loans/" + loan + "/fulfillment").then().extract().path("url"));
    follow(path.replace(loan, other)).then().statusCode(403).body("errors[0].code", equalTo("INVALID_FULFILLMENT_TOKEN"));
    follow(path.substring(0, path.length() - 2) + (path.endsWith("AA") ? "BB" : "AA")).then().statusCode(403);
    follow("/econtent/fulfillment/not-a-token").then().statusCode(403);
    follow("/econtent/fulfillment/nosuchtenant." + loan + ".99999999999.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").then().statusCode(403);
    given().redirects().follow(false).header("X-Okapi-Tenant", "diku").get(path).then().statusCode(403);
    given().redirects().follow(false).header("X-Okapi-Tenant", "circfulfil").get(path).then().statusCode(302);
  }

  @Test
  void anExpiredLinkIsGone() {
    String book = library.lendable(library.resource("Walking", URL), Map.of("licenseModel", "one-copy-one-user", "copies", 1));
    String loan = library.checkOut(UUID.randomUUID(), book);
    byte[] secret = library.module.sql("SELECT secret FROM " + library.schema() + ".econtent_fulfillment_secret")
        .iterator().next().getBuffer("secret").getBytes();
    String expired = FulfillmentTokens.sign(new FulfillmentTokens.Claims("circfulfil", UUID.fromString(loan),
        Instant.now().minusSeconds(1).getEpochSecond()), secret);
    follow("/econtent/fulfillment/" + expired).then().statusCode(410).body("errors[0].code", equalTo("FULFILLMENT_LINK_EXPIRED"));
  }

  @Test
  void aLinkEndsWithItsLoan() {
    String book = library.lendable(library.resource("Wild Apples", URL), Map.of("licenseModel", "one-copy-one-user", "copies", 1));
    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, book);
    String path = path(library.patron(patron).get("/econtent/loans/" + loan + "/fulfillment").then().extract().path("url"));
    library.patron(patron).post("/econtent/loans/" + loan + "/return").then().statusCode(200);
    follow(path).then().statusCode(410).body("errors[0].code", equalTo("LOAN_NOT_OPEN"));
    library.patron(patron).get("/econtent/loans/" + loan + "/fulfillment").then().statusCode(409)
        .body("errors[0].code", equalTo("LOAN_NOT_OPEN"));
  }

  @Test
  void onlyTheOwnerGetsALink() {
    String book = library.lendable(library.resource("Autumnal Tints", URL), Map.of("licenseModel", "one-copy-one-user", "copies", 1));
    String loan = library.checkOut(UUID.randomUUID(), book);
    library.patron(UUID.randomUUID()).get("/econtent/loans/" + loan + "/fulfillment").then().statusCode(404);
    library.staff(UUID.randomUUID(), Caller.ALL).get("/econtent/loans/" + loan + "/fulfillment").then().statusCode(404);
    library.anonymous().get("/econtent/loans/" + loan + "/fulfillment").then().statusCode(401);
  }

  @Test
  void aResourceWithoutAccessUrlCannotBeDelivered() {
    String resource = library.resource("Slavery in Massachusetts", URL);
    library.module.sql("UPDATE " + library.schema() + ".resources SET jsonb = '{}' WHERE title_id = $1",
        Long.parseLong(resource.split("-")[2]));
    String book = library.lendable(resource, Map.of("licenseModel", "one-copy-one-user", "copies", 1));
    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, book);
    library.patron(patron).get("/econtent/loans/" + loan + "/fulfillment").then().statusCode(422)
        .body("errors[0].code", equalTo("NO_ACCESS_URL"));
  }

  @Test
  void theSigningKeyIsMadeAtTenantInitialiseAndNeverAnswered() {
    assertEquals(32, library.module.sql("SELECT length(secret) AS n FROM " + library.schema() + ".econtent_fulfillment_secret")
        .iterator().next().getInteger("n"));
    String key = (String) library.value("SELECT encode(secret, 'base64') FROM {s}.econtent_fulfillment_secret");
    String book = library.lendable(library.resource("Life Without Principle", URL), Map.of("licenseModel", "one-copy-one-user", "copies", 1));
    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, book);
    String answer = library.patron(patron).get("/econtent/loans/" + loan + "/fulfillment").then().extract().asString();
    assertTrue(!answer.contains(key.substring(0, 20)));
  }
}

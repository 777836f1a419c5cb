package org.folio.access.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.folio.access.support.RawHttp;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each failure the reliability issue listed: a 4xx with a JSON body in the path's dialect, never a 500. */
class BadInputIT {
  private static final String TENANT = "badinput";
  private static final String PATRON = "7b4d1a3e-0c55-4b53-9a1e-5a2f3c4d5e6f";
  private static final List<String> LISTS = List.of("/econtent/loans", "/econtent/holds", "/econtent/lendables",
      "/econtent/groups", "/econtent/group-loans", "/eholdings/packages", "/eholdings/providers", "/eholdings/titles",
      "/eholdings/tags", "/eholdings/tags/summary");

  @BeforeAll
  static void start() {
    TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", false, false);
  }

  private static io.restassured.specification.RequestSpecification asPatron() {
    return TestModule.as(TENANT).header("X-Okapi-User-Id", PATRON).urlEncodingEnabled(false);
  }

  /** A GET as the patron, sent by hand so that the target goes out exactly as written. */
  private static RawHttp.Answer rawGet(String target) {
    return RawHttp.get(TestModule.get().port(), target, Map.of("X-Okapi-Tenant", TENANT, "X-Okapi-User-Id", PATRON));
  }

  @Test
  void aMalformedPercentEscapeIsA400NamingTheParameterEvenWhenTheParameterIsUnknown() {
    for (String path : LISTS) {
      for (String query : List.of("limit=%zz", "q=%zz", "unknown=%zz", "x%zz=1")) {
        RawHttp.Answer r = rawGet(path + "?" + query);
        assertEquals(400, r.status(), path + "?" + query + " -> " + r.body());
        String name = query.substring(0, query.indexOf('='));
        assertTrue(r.body().contains(name), path + "?" + query + " must name " + name + ": " + r.body());
        assertEquals(path.startsWith("/eholdings") ? "application/vnd.api+json" : "application/json", r.contentType());
      }
    }
  }

  @Test
  void searchTextOfOnlyControlCharactersIsA400NotASyntaxError() {
    String pkg = "/eholdings/packages/19-" + 1;
    for (String path : List.of("/eholdings/packages?q=%00", "/eholdings/packages?q=%01", "/eholdings/packages?q=%20%01%20",
        "/eholdings/titles?filter[name]=%00", "/eholdings/providers?q=%00", "/eholdings/providers/19/packages?q=%00",
        pkg + "/resources?filter[name]=%00", pkg + "/resources?filter[subject]=%00", pkg + "/resources?filter[publisher]=%00",
        "/econtent/loans?query=%00")) {
      RawHttp.Answer r = rawGet(path);
      assertEquals(400, r.status(), path + " -> " + r.body());
      assertTrue(r.body().contains("control characters"), path + " -> " + r.body());
    }
  }

  @Test
  void aRequestLineTooLongIsA414WithAJsonBodyInThePathsDialect() {
    String longQuery = "a".repeat(9000);
    asPatron().get("/econtent/loans?q=" + longQuery).then().statusCode(414).contentType("application/json")
        .body("errors[0].code", equalTo("URI_TOO_LONG"));
    asPatron().get("/eholdings/packages?q=" + longQuery).then().statusCode(414).contentType("application/vnd.api+json")
        .body("errors[0].title", containsString("request line"));
  }

  @Test
  void headersTooLargeAreA431WithAJsonBody() {
    asPatron().header("X-Big", "b".repeat(10_000)).get("/econtent/loans").then().statusCode(431)
        .contentType("application/json").body("errors[0].code", equalTo("HEADERS_TOO_LARGE"));
  }

  @Test
  void anHttpRequestThatCannotBeParsedGetsAJsonAnswer() throws Exception {
    try (Socket socket = new Socket("localhost", TestModule.get().port())) {
      OutputStream out = socket.getOutputStream();
      out.write("GET /econtent/loans HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
      assertTrue(answer.contains("MALFORMED_REQUEST"), answer);
    }
  }

  @Test
  void aBodyThatIsNotJsonByItsMediaTypeIsA415NamingContentType() {
    asPatron().contentType("text/plain").body("hello").post("/econtent/loans").then().statusCode(415)
        .body("errors[0].parameters[0].key", equalTo("Content-Type"));
    asPatron().contentType("text/plain").body("hello").post("/eholdings/packages").then().statusCode(415)
        .contentType("application/vnd.api+json");
  }

  @Test
  void routerRefusalsSpeakThePathsDialect() {
    asPatron().patch("/econtent/loans").then().statusCode(405).contentType("application/json").body("errors[0].code", equalTo("METHOD_NOT_ALLOWED"));
    asPatron().patch("/eholdings/packages").then().statusCode(405).contentType("application/vnd.api+json");
    asPatron().get("/econtent/nothing").then().statusCode(404).contentType("application/json");
    asPatron().get("/eholdings/nothing").then().statusCode(404).contentType("application/vnd.api+json");
  }

  /** The routers of path prefixes (Routers) take plain paths only: one the router normalises is served as before. */
  @Test
  void aPathTheRouterNormalisesReachesTheRouteOfItsNormalForm() {
    assertEquals(200, rawGet("/econtent/loans").status());
    for (String target : List.of("/econtent/holds/../loans", "/econtent/./loans", "/econtent//loans", "/econtent/%6Coans")) {
      RawHttp.Answer r = rawGet(target);
      assertEquals(200, r.status(), target + " -> " + r.body());
      assertTrue(r.body().contains("\"loans\""), target + " -> " + r.body());
    }
    assertEquals(404, rawGet("/econtent/loansx").status());
  }

  @Test
  void echoedValuesAreCutToASaneLength() {
    String huge = "x".repeat(400_000);
    Response r = asPatron().body("{\"resourceId\":\"" + huge + "\",\"format\":\"" + huge + "\"}").post("/econtent/loans");
    assertEquals(422, r.statusCode(), r.asString().substring(0, Math.min(300, r.asString().length())));
    assertTrue(r.asString().length() < 5_000, "error body of " + r.asString().length() + " characters");
    Response q = asPatron().get("/econtent/loans?limit=" + "9".repeat(4000));
    assertEquals(400, q.statusCode());
    assertTrue(q.asString().length() < 3_000, "error body of " + q.asString().length() + " characters");
  }

  @Test
  void everyInvalidFieldOfABodyIsReportedAtOnce() {
    String body = "{\"licenseModel\":\"rental\",\"copies\":-1,\"mediaType\":\"vinyl\",\"formats\":\"mp3\",\"source\":{\"type\":\"local\"}}";
    asPatron().header("X-Okapi-Permissions", "[\"econtent.lendables.item.put\"]").body(body)
        .put("/econtent/lendables/" + UUID.randomUUID()).then().statusCode(422)
        .body("total_records", equalTo(4))
        .body("errors.parameters.flatten().key", hasItems("licenseModel", "copies", "mediaType", "formats"));
  }

  @Test
  void aGarbageTokenIsRefusedNamingTheTokenWithoutRepeatingIt() {
    TestModule.as(TENANT).header("X-Okapi-Token", "garbage-token-value").get("/econtent/loans").then().statusCode(401)
        .body("errors[0].code", equalTo("INVALID_TOKEN"))
        .body("errors[0].parameters[0].key", equalTo("X-Okapi-Token"))
        .body(not(containsString("garbage-token-value")));
  }

  @Test
  void aBadUserIdClaimIsReportedAsTheTokensNotAsAHeaderNeverSent() {
    String payload = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"user_id\":\"notauuid\"}".getBytes(StandardCharsets.UTF_8));
    TestModule.as(TENANT).header("X-Okapi-Token", "eyJhbGciOiJIUzI1NiJ9." + payload + ".sig").get("/econtent/loans")
        .then().statusCode(400).body("errors[0].parameters[0].key", equalTo("X-Okapi-Token"))
        .body("errors[0].message", containsString("user_id"));
  }

  @Test
  void anUnknownTenantIsNamedWithHowToEnableItBeforeAMissingUser() {
    given().header("X-Okapi-Tenant", "nosuchtenant").get("/econtent/loans").then().statusCode(400)
        .body("errors[0].code", equalTo("TENANT_NOT_ENABLED"))
        .body("errors[0].message", containsString("nosuchtenant"))
        .body("errors[0].message", containsString("/_/tenant"))
        .body("errors[0].parameters[0].key", equalTo("X-Okapi-Tenant"));
    given().header("X-Okapi-Tenant", "nosuchtenant").get("/eholdings/packages").then().statusCode(400)
        .contentType("application/vnd.api+json").body("errors[0].title", containsString("nosuchtenant"));
  }

  @Test
  void aLoneEscapeCharacterIsA400() {
    RawHttp.Answer r = rawGet("/econtent/loans?limit=%");
    assertEquals(400, r.status(), r.body());
    assertTrue(r.body().contains("limit"), r.body());
  }
}

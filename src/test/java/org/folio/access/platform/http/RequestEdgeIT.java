package org.folio.access.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every request meets before an implementation runs: tenant header, body parsing, limits, unknown paths. */
class RequestEdgeIT {
  private static TestModule module;

  @BeforeAll
  static void start() {
    module = TestModule.get();
  }

  @Test
  void aRequestWithoutTenantIsABadRequest() {
    given().contentType(ContentType.JSON).body("{\"module_to\":\"m-1.0.0\"}").post("/_/tenant")
        .then().statusCode(400).body("errors[0].code", equalTo("MISSING_TENANT"));
  }

  @Test
  void aTenantThatIsNotAnIdentifierIsABadRequest() {
    given().header("X-Okapi-Tenant", "Diku;drop").get("/_/tenant/5b0a4d5e-1f7c-4b8e-9b0e-3c1f2d4e5a6b")
        .then().statusCode(400).body("errors[0].code", equalTo("INVALID_TENANT"))
        .body("errors[0].parameters[0].value", equalTo("Diku;drop"));
  }

  @Test
  void malformedJsonIsABadRequestNotAServerError() {
    given().header("X-Okapi-Tenant", "diku").contentType(ContentType.JSON).body("{\"module_to\": ")
        .post("/_/tenant").then().statusCode(400).body("errors[0].code", equalTo("MALFORMED_JSON"));
  }

  @Test
  void aBodyAgainstItsSchemaNamesTheField() {
    given().header("X-Okapi-Tenant", "diku").contentType(ContentType.JSON).body("{\"module_to\": 5}")
        .post("/_/tenant").then().statusCode(422)
        .body("errors[0].code", equalTo("VALIDATION_ERROR"))
        .body("errors[0].parameters[0].key", equalTo("module_to"))
        .body("errors[0].message", containsString("module_to"));
  }

  @Test
  void anUnknownPropertyIsRefusedByTheSchema() {
    given().header("X-Okapi-Tenant", "diku").contentType(ContentType.JSON).body("{\"module_to\":\"m-1.0.0\",\"drop\":true}")
        .post("/_/tenant").then().statusCode(422).body("errors[0].message", containsString("drop"));
  }

  @Test
  void anEmptyBodyIsABadRequest() {
    given().header("X-Okapi-Tenant", "diku").contentType(ContentType.JSON).post("/_/tenant")
        .then().statusCode(400).body("errors[0].code", equalTo("MISSING_BODY"));
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() {
    String big = "{\"module_to\":\"" + "x".repeat(1_200_000) + "\"}";
    given().header("X-Okapi-Tenant", "diku").contentType(ContentType.JSON).body(big)
        .post("/_/tenant").then().statusCode(413).body("errors[0].code", equalTo("PAYLOAD_TOO_LARGE"));
  }

  @Test
  void aChunkedBodyIsReadWhole() throws Exception {
    byte[] body = "{\"module_to\": 7}".getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + module.port() + "/_/tenant"))
        .header("X-Okapi-Tenant", "diku").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(422, response.statusCode(), response.body());
  }

  @Test
  void anUnknownPathIsNotFoundInTheErrorShape() {
    given().header("X-Okapi-Tenant", "diku").get("/no/such/thing").then().statusCode(404)
        .body("errors[0].code", equalTo("NOT_FOUND"));
  }

  @Test
  void aMalformedPermissionsHeaderIsABadRequest() {
    given().header("X-Okapi-Tenant", "diku").header("X-Okapi-Permissions", "not json")
        .get("/_/tenant/5b0a4d5e-1f7c-4b8e-9b0e-3c1f2d4e5a6b").then().statusCode(400)
        .body("errors[0].code", equalTo("INVALID_PERMISSIONS"));
  }

  @Test
  void healthAnswersWhenTheDatabaseDoes() {
    given().get("/admin/health").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void metricsAreServedForPrometheus() {
    given().get("/admin/metrics").then().statusCode(200).body(containsString("vertx_http_server"));
  }

  @Test
  void theContractsAreServed() {
    given().header("X-Okapi-Tenant", "diku").get("/_/ramls").then().statusCode(200).body("$", hasItem("tenant.raml"));
    given().header("X-Okapi-Tenant", "diku").get("/_/jsonSchemas").then().statusCode(200)
        .body("$", hasItem("schemas/tenant-job.json"));
    given().get("/_/jsonSchemas?path=tenant-job.json").then().statusCode(200)
        .body("properties.complete.type", equalTo("boolean"));
    given().get("/_/ramls?path=tenant.raml").then().statusCode(200).body(containsString("#%RAML 1.0"));
  }

  @Test
  void onlyContractFilesAreServed() {
    given().get("/_/ramls?path=../pom.xml").then().statusCode(404);
    given().get("/_/jsonSchemas?path=../../etc/passwd").then().statusCode(404);
  }
}

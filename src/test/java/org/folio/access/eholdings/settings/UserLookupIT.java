package org.folio.access.eholdings.settings;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ui-eholdings assigns a user by id only; the module asks the users module (through the gateway, here a
 * stand-in answering /users and /groups) for the names its list shows.
 */
class UserLookupIT {
  private static final String TENANT = "ehslookup";
  /** A token as the gateway forwards it (a JWT; this module reads only its payload). */
  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl";
  private static final String JANE = "0a6c1d53-2b8e-4f7d-9c35-5a3c7e2d9b10";
  private static final String GROUP = "3684a786-6671-4268-8ed0-9db82ebca60b";
  private static final List<String> SEEN = new CopyOnWriteArrayList<>();
  private static Vertx vertx;
  private static HttpServer gateway;

  @BeforeAll
  static void startTheGateway() {
    TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
    vertx = Vertx.vertx();
    gateway = vertx.createHttpServer().requestHandler(request -> {
      SEEN.add(request.path() + " tenant=" + request.getHeader("X-Okapi-Tenant") + " token=" + request.getHeader("X-Okapi-Token"));
      if (request.path().equals("/users/" + JANE)) {
        request.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("id", JANE)
            .put("username", "jdoe").put("patronGroup", GROUP)
            .put("personal", new JsonObject().put("firstName", "Jane").put("lastName", "Doe")).encode());
      } else if (request.path().equals("/groups/" + GROUP)) {
        request.response().putHeader("Content-Type", "application/json")
            .end(new JsonObject().put("id", GROUP).put("group", "staff").encode());
      } else {
        request.response().setStatusCode(404).end("Not found");
      }
    }).listen(0).await();
  }

  @AfterAll
  static void stopTheGateway() {
    gateway.close().await();
    vertx.close().await();
  }

  @BeforeEach
  void forget() {
    SEEN.clear();
  }

  private static String gatewayUrl() {
    return "http://localhost:" + gateway.actualPort();
  }

  /** A request as the gateway forwards it: its own URL in X-Okapi-Url. */
  private static RequestSpecification throughTheGateway() {
    return RestAssured.given().header("X-Okapi-Tenant", TENANT).header("X-Okapi-Url", gatewayUrl())
        .contentType(ContentType.JSON);
  }

  private static Map<String, Object> byIdOnly(String userId, String kb) {
    return Map.of("data", Map.of("id", userId, "type", "assignedUsers", "attributes", Map.of("credentialsId", kb)));
  }

  @Test
  void aUserAssignedByIdGetsTheNamesTheUsersModuleKnows() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    throughTheGateway().header("X-Okapi-Token", TOKEN)
        .body(byIdOnly(JANE, kb)).post("/eholdings/kb-credentials/" + kb + "/users").then().statusCode(201)
        .body("attributes.userName", equalTo("jdoe"))
        .body("attributes.firstName", equalTo("Jane"))
        .body("attributes.lastName", equalTo("Doe"))
        .body("attributes.patronGroup", equalTo("staff"));
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb + "/users").then()
        .body("data[0].attributes.lastName", equalTo("Doe"));
    assertEquals(List.of("/users/" + JANE + " tenant=" + TENANT + " token=" + TOKEN,
        "/groups/" + GROUP + " tenant=" + TENANT + " token=" + TOKEN), SEEN);
  }

  @Test
  void aUserTheUsersModuleDoesNotKnowIsStillAssigned() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String stranger = UUID.randomUUID().toString();
    throughTheGateway().body(byIdOnly(stranger, kb))
        .post("/eholdings/kb-credentials/" + kb + "/users").then().statusCode(201)
        .body("id", equalTo(stranger)).body("attributes.lastName", nullValue());
    assertEquals(1, SEEN.size());
  }

  @Test
  void namesSentWithTheAssignmentAreKeptWithoutAsking() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String user = UUID.randomUUID().toString();
    throughTheGateway()
        .body(Map.of("data", Map.of("id", user, "attributes", Map.of("lastName", "Roe"))))
        .post("/eholdings/kb-credentials/" + kb + "/users").then().statusCode(201).body("attributes.lastName", equalTo("Roe"));
    assertEquals(List.of(), SEEN);
  }
  @Test
  void anAccessTypeCarriesTheNamesOfWhoCreatedAndWhoLastChangedIt() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String id = throughTheGateway().header("X-Okapi-User-Id", JANE).header("X-Okapi-Token", TOKEN)
        .body(KnowledgeBases.accessTypeBody("Trial", "On trial this year"))
        .post("/eholdings/kb-credentials/" + kb + "/access-types").then().statusCode(201)
        .body("creator.firstName", equalTo("Jane")).body("creator.lastName", equalTo("Doe"))
        .body("updater.firstName", equalTo("Jane")).body("updater.lastName", equalTo("Doe"))
        .body("metadata.createdByUserId", equalTo(JANE))
        .extract().path("id");
    assertEquals(List.of("/users/" + JANE + " tenant=" + TENANT + " token=" + TOKEN), SEEN);
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb + "/access-types").then().statusCode(200)
        .body("data[0].creator.lastName", equalTo("Doe")).body("data[0].updater.firstName", equalTo("Jane"));

    String stranger = UUID.randomUUID().toString();
    throughTheGateway().header("X-Okapi-User-Id", stranger).body(KnowledgeBases.accessTypeBody("Trial", "Still on trial"))
        .put("/eholdings/kb-credentials/" + kb + "/access-types/" + id).then().statusCode(204);
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb + "/access-types/" + id).then().statusCode(200)
        .body("creator.lastName", equalTo("Doe"))
        .body("updater", nullValue())
        .body("metadata.updatedByUserId", equalTo(stranger));
  }
}

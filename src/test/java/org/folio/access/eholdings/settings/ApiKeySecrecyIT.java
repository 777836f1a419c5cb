package org.folio.access.eholdings.settings;

import static org.folio.access.eholdings.settings.KnowledgeBases.kbBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.folio.access.support.LogCapture;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API key of a knowledge base is a secret: only GET .../key answers it, and no log line carries it. */
class ApiKeySecrecyIT {
  private static final String TENANT = "ehssecret";
  private static LogCapture log;

  @BeforeAll
  static void enableAndListenToTheLog() {
    TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
    log = LogCapture.start("secrecy");
  }

  @AfterAll
  static void stopListening() {
    log.close();
  }

  private static String secret() {
    return "secret-" + UUID.randomUUID();
  }

  @Test
  void theKeyLeavesOnlyThroughTheKeyEndpoint() {
    String secret = secret();
    Response created = TestModule.as(TENANT).body(kbBody("Secret library " + secret.hashCode(), "sec", secret, "local"))
        .post("/eholdings/kb-credentials");
    assertEquals(201, created.statusCode());
    String kb = created.path("id");
    String user = UUID.randomUUID().toString();
    TestModule.as(TENANT).body(Map.of("data", Map.of("id", user))).post("/eholdings/kb-credentials/" + kb + "/users")
        .then().statusCode(201);
    TestModule.as(TENANT).body(kbBody(null, "sec2", null, null)).patch("/eholdings/kb-credentials/" + kb).then().statusCode(204);

    List<Response> answers = List.of(created,
        TestModule.as(TENANT).get("/eholdings/kb-credentials"),
        TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb),
        TestModule.as(TENANT).header("X-Okapi-User-Id", user).get("/eholdings/user-kb-credential"),
        TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb + "/root-proxy"),
        TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb + "/proxy-types"),
        TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb + "/custom-labels"),
        TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb + "/access-types"),
        TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb + "/users"),
        TestModule.as(TENANT).header("X-Okapi-User-Id", user).get("/eholdings/root-proxy"),
        TestModule.as(TENANT).body(kbBody("Secret library " + secret.hashCode(), null, secret, null))
            .post("/eholdings/kb-credentials"));
    for (Response answer : answers) {
      assertTrue(answer.statusCode() < 500, answer.asString());
      assertFalse(answer.asString().contains(secret), answer.asString());
    }
    assertEquals("********", TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb).path("attributes.apiKey"));
    assertEquals(secret, TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb + "/key").path("attributes.apiKey"));
  }

  @Test
  void theKeyIsNeverLoggedEvenWhenARequestFails() {
    String secret = secret();
    String name = "Logged library " + secret.hashCode();
    TestModule.as(TENANT).body(kbBody(name, null, secret, null)).post("/eholdings/kb-credentials").then().statusCode(201);
    TestModule.as(TENANT).body(kbBody(name, null, secret, null)).post("/eholdings/kb-credentials").then().statusCode(422);
    TestModule.as(TENANT).body(kbBody("Other " + name, null, secret + "x".repeat(500), null))
        .post("/eholdings/kb-credentials").then().statusCode(422);
    Response malformed = TestModule.as(TENANT).body("{\"data\":{\"attributes\":{\"apiKey\":\"" + secret + "\"")
        .post("/eholdings/kb-credentials");
    assertEquals(400, malformed.statusCode());
    assertFalse(malformed.asString().contains(secret), malformed.asString());
    String logged = log.text();
    assertTrue(logged.contains("POST /eholdings/kb-credentials"), "the access log was not captured");
    assertFalse(logged.contains(secret), logged);
  }
}

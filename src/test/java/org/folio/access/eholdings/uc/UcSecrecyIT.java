package org.folio.access.eholdings.uc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.folio.access.eholdings.EholdingsTenantData;
import org.folio.access.support.LogCapture;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client secret and the customer key leave only through their own methods, and no log line carries them. */
class UcSecrecyIT {
  private static final String TENANT = "ehucsecret";
  private static final String KB = EholdingsTenantData.DEFAULT_CREDENTIALS_ID.toString();
  private static LogCapture log;

  @BeforeAll
  static void enableAndListenToTheLog() {
    TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
    log = LogCapture.start("uc-secrecy");
  }

  @AfterAll
  static void stopListening() {
    log.close();
  }

  private static Map<String, Object> settings(Object customerKey, String startMonth) {
    return Map.of("data", Map.of("type", "ucSettings", "attributes", Map.of("customerKey", customerKey,
        "startMonth", startMonth, "currency", "USD", "platformType", "all")));
  }

  @Test
  void secretsLeaveOnlyThroughTheirOwnMethodsAndAreNeverLogged() {
    String secret = "secret-" + UUID.randomUUID();
    String key = "key-" + UUID.randomUUID();
    TestModule.as(TENANT).body(Map.of("type", "ucCredentials", "attributes", Map.of("clientId", "client", "clientSecret", secret)))
        .put("/eholdings/uc-credentials").then().statusCode(204);
    Response created = TestModule.as(TENANT).body(settings(key, "jan")).post("/eholdings/kb-credentials/" + KB + "/uc");
    assertEquals(201, created.statusCode());
    List<Response> failures = List.of(
        TestModule.as(TENANT).body(settings(key, "january")).post("/eholdings/kb-credentials/" + KB + "/uc"),
        TestModule.as(TENANT).body(settings(key, "jan")).post("/eholdings/kb-credentials/" + KB + "/uc"),
        TestModule.as(TENANT).body(settings(List.of(key), "jan")).patch("/eholdings/kb-credentials/" + KB + "/uc"),
        TestModule.as(TENANT).body(Map.of("type", "ucCredentials", "attributes", Map.of("clientId", " ", "clientSecret", secret)))
            .put("/eholdings/uc-credentials"),
        TestModule.as(TENANT).body(Map.of("type", "ucCredentials", "attributes", Map.of("clientSecret", List.of(secret))))
            .put("/eholdings/uc-credentials"),
        TestModule.as(TENANT).body("{\"type\":\"ucCredentials\",\"attributes\":{\"clientSecret\":\"" + secret + "\"")
            .put("/eholdings/uc-credentials"));
    List<Response> answers = List.of(created,
        TestModule.as(TENANT).get("/eholdings/uc-credentials"),
        TestModule.as(TENANT).get("/eholdings/uc"),
        TestModule.as(TENANT).get("/eholdings/kb-credentials/" + KB + "/uc"));
    for (Response answer : failures) {
      assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500, answer.asString());
    }
    for (Response answer : concat(failures, answers)) {
      assertFalse(answer.asString().contains(secret) || answer.asString().contains(key), answer.asString());
    }
    assertEquals(secret, TestModule.as(TENANT).get("/eholdings/uc-credentials/clientSecret").path("clientSecret"));
    assertEquals(key, TestModule.as(TENANT).get("/eholdings/kb-credentials/" + KB + "/uc/key").path("attributes.customerKey"));
    String logged = log.text();
    assertTrue(logged.contains("PUT /eholdings/uc-credentials"), "the access log was not captured");
    assertFalse(logged.contains(secret) || logged.contains(key), logged);
  }

  private static List<Response> concat(List<Response> a, List<Response> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}

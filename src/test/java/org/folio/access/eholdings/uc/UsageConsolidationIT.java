package org.folio.access.eholdings.uc;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.folio.access.eholdings.EholdingsTenantData;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Usage consolidation credentials and settings, stored in the tenant's database with their secrets masked. */
class UsageConsolidationIT {
  private static final String TENANT = "ehuc";
  private static final String KB = EholdingsTenantData.DEFAULT_CREDENTIALS_ID.toString();
  private static final String MASK = "*".repeat(40);
  private static TestModule module;

  @BeforeAll
  static void enable() {
    module = TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
  }

  private static RequestSpecification ui() {
    return TestModule.as(TENANT).contentType("application/vnd.api+json");
  }

  private static Map<String, Object> credentials(String clientId, String clientSecret) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    putIfPresent(attributes, "clientId", clientId);
    putIfPresent(attributes, "clientSecret", clientSecret);
    return Map.of("type", "ucCredentials", "attributes", attributes);
  }

  private static Map<String, Object> settings(String customerKey, String startMonth, String currency, String platformType,
      String metricType) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    putIfPresent(attributes, "customerKey", customerKey);
    putIfPresent(attributes, "startMonth", startMonth);
    putIfPresent(attributes, "currency", currency);
    putIfPresent(attributes, "platformType", platformType);
    putIfPresent(attributes, "metricType", metricType);
    return Map.of("data", Map.of("type", "ucSettings", "attributes", attributes));
  }

  private static String lawLibrary() {
    return ui().body(Map.of("data", Map.of("type", "kbCredentials", "attributes", Map.of("name", "Law " + UUID.randomUUID()))))
        .post("/eholdings/kb-credentials").then().statusCode(201).extract().path("id");
  }

  @Test
  void credentialsAreStoredAndOnlyTheirPresenceIsAnswered() {
    ui().body(credentials("library-client", "s3cr3t-value")).put("/eholdings/uc-credentials").then().statusCode(204);
    ui().get("/eholdings/uc-credentials").then().statusCode(200)
        .body("type", equalTo("ucCredentials"))
        .body("attributes.isPresent", equalTo(true))
        .body(not(containsString("s3cr3t-value")));
    ui().get("/eholdings/uc-credentials/clientId").then().statusCode(200).body("clientId", equalTo("library-client"));
    ui().get("/eholdings/uc-credentials/clientSecret").then().statusCode(200).body("clientSecret", equalTo("s3cr3t-value"));
    ui().body(credentials("other-client", "other-secret")).put("/eholdings/uc-credentials").then().statusCode(204);
    ui().get("/eholdings/uc-credentials/clientSecret").then().body("clientSecret", equalTo("other-secret"));
    assertEquals(1L, module.sql("SELECT count(*) AS n FROM ehuc_mod_access_services.uc_credentials").iterator().next().getLong("n"));
  }

  @Test
  void aTenantWithoutCredentialsSaysSo() {
    String tenant = "ehucnone";
    TenantClient.enable(tenant, "mod-access-services-1.0.0", true, false);
    TestModule.as(tenant).get("/eholdings/uc-credentials").then().statusCode(200).body("attributes.isPresent", equalTo(false));
    TestModule.as(tenant).get("/eholdings/uc-credentials/clientId").then().statusCode(404)
        .body("errors[0].title", equalTo("Usage Consolidation Credentials not found"));
  }

  @Test
  void missingCredentialsMustNotBeNullAndBlankOnesAreInvalid() {
    ui().body(credentials(null, "s")).put("/eholdings/uc-credentials").then().statusCode(422)
        .body("errors[0].message", equalTo("must not be null"))
        .body("errors[0].parameters[0].key", equalTo("attributes.clientId"));
    ui().body(credentials("c", null)).put("/eholdings/uc-credentials").then().statusCode(422)
        .body("errors[0].message", equalTo("must not be null"))
        .body("errors[0].parameters[0].key", equalTo("attributes.clientSecret"));
    ui().body(credentials(" ", "s")).put("/eholdings/uc-credentials").then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid Usage Consolidation Credentials"));
    ui().body(credentials("c", "")).put("/eholdings/uc-credentials").then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid Usage Consolidation Credentials"));
  }

  @Test
  void settingsAreCreatedWithTheKeyMaskedAndAnsweredToTheCallerOnceTheyExist() {
    ui().get("/eholdings/uc?metrictype=true").then().statusCode(404).body("jsonapi.version", equalTo("1.0"))
        .body("errors[0].title", equalTo("Usage Consolidation is not enabled for KB credentials with id: " + KB));
    ui().body(settings("customer-key-1", "jan", "USD", "all", "Total")).post("/eholdings/kb-credentials/" + KB + "/uc")
        .then().statusCode(201)
        .body("type", equalTo("ucSettings"))
        .body("attributes.credentialsId", equalTo(KB))
        .body("attributes.customerKey", equalTo(MASK))
        .body("attributes.startMonth", equalTo("jan"))
        .body("attributes.currency", equalTo("USD"))
        .body("attributes.platformType", equalTo("all"))
        .body("attributes.metricType", equalTo("Total"));
    ui().get("/eholdings/uc?metrictype=true").then().statusCode(200)
        .body("attributes.customerKey", equalTo(MASK)).body("attributes.currency", equalTo("USD"));
    ui().get("/eholdings/kb-credentials/" + KB + "/uc").then().statusCode(200).body("attributes.customerKey", equalTo(MASK));
    ui().get("/eholdings/kb-credentials/" + KB + "/uc/key").then().statusCode(200)
        .body("type", equalTo("ucSettingsKey")).body("attributes.customerKey", equalTo("customer-key-1"));
    ui().body(settings("customer-key-2", "jan", "USD", "all", null)).post("/eholdings/kb-credentials/" + KB + "/uc")
        .then().statusCode(422);

    ui().body(settings(null, "mar", "EUR", "publisher", null)).patch("/eholdings/kb-credentials/" + KB + "/uc")
        .then().statusCode(204);
    ui().get("/eholdings/kb-credentials/" + KB + "/uc").then().statusCode(200)
        .body("attributes.startMonth", equalTo("mar")).body("attributes.currency", equalTo("EUR"))
        .body("attributes.platformType", equalTo("publisher")).body("attributes.metricType", equalTo("Total"));
    ui().get("/eholdings/kb-credentials/" + KB + "/uc/key").then().body("attributes.customerKey", equalTo("customer-key-1"));
  }

  @Test
  void aPostNeedsEveryAttributeButTheMetricType() {
    String kb = lawLibrary();
    String path = "/eholdings/kb-credentials/" + kb + "/uc";
    ui().body(Map.of("data", Map.of("type", "ucSettings"))).post(path).then().statusCode(422)
        .body("errors[0].message", equalTo("must not be null"))
        .body("errors[0].parameters[0].key", equalTo("data.attributes"));
    ui().body(settings("k", "jan", null, "all", null)).post(path).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid data.attributes.currency"))
        .body("errors[0].message", equalTo("must not be null"))
        .body("errors[0].parameters[0].key", equalTo("data.attributes.currency"));
    ui().body(settings(null, "jan", "USD", "all", null)).post(path).then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("data.attributes.customerKey"));
    ui().body(settings("k", "jan", " ", "all", null)).post(path).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid currency"));
    ui().body(settings("k", "january", "USD", "all", null)).post(path).then().statusCode(400)
        .body("errors[0].title", equalTo("Invalid startMonth"));
    ui().body(settings("k", "jan", "USD", "aggregator", null)).post(path).then().statusCode(400)
        .body("errors[0].title", equalTo("Invalid platformType"));
    ui().body(settings("k", "jan", "USD", "all", "Average")).post(path).then().statusCode(400)
        .body("errors[0].title", equalTo("Invalid metricType"));
    assertEquals(0L, module.sql("SELECT count(*) AS n FROM ehuc_mod_access_services.uc_settings WHERE credentials_id = $1",
        UUID.fromString(kb)).iterator().next().getLong("n"));
    ui().body(settings("k", "dec", "GBP", "nonPublisher", null)).post(path).then().statusCode(201)
        .body("attributes.metricType", equalTo(null));
  }

  @Test
  void aPatchChecksWhatItSendsAndNeedsSettingsToChange() {
    String kb = lawLibrary();
    String path = "/eholdings/kb-credentials/" + kb + "/uc";
    ui().body(settings(null, null, "EUR", null, null)).patch(path).then().statusCode(404)
        .body("errors[0].title", equalTo("Usage Consolidation is not enabled for KB credentials with id: " + kb));
    ui().body(settings("k", "jan", "USD", "all", null)).post(path).then().statusCode(201);
    ui().body(Map.of("data", Map.of("type", "ucSettings"))).patch(path).then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("data.attributes"));
    ui().body(settings(null, null, "", null, null)).patch(path).then().statusCode(422).body("errors[0].title", equalTo("Invalid currency"));
    ui().body(settings(null, "smarch", null, null, null)).patch(path).then().statusCode(400)
        .body("errors[0].title", equalTo("Invalid startMonth"));
    ui().body(settings("new-key", null, null, null, "Unique")).patch(path).then().statusCode(204);
    ui().get(path + "/key").then().body("attributes.customerKey", equalTo("new-key"));
    ui().get(path).then().body("attributes.metricType", equalTo("Unique")).body("attributes.currency", equalTo("USD"));
  }

  @Test
  void anUnknownKnowledgeBaseIsNotFound() {
    String unknown = "11111111-1111-4111-8111-111111111111";
    ui().body(settings("k", "jan", "USD", "all", null)).post("/eholdings/kb-credentials/" + unknown + "/uc").then().statusCode(404)
        .body("errors[0].title", equalTo("KB Credentials not found by id: " + unknown));
    ui().get("/eholdings/kb-credentials/" + unknown + "/uc").then().statusCode(404);
    ui().get("/eholdings/kb-credentials/" + unknown + "/uc/key").then().statusCode(404);
    ui().get("/eholdings/kb-credentials/abc/uc").then().statusCode(400);
  }

  @Test
  void settingsGoWithTheirKnowledgeBase() {
    String kb = lawLibrary();
    ui().body(settings("k", "jan", "USD", "all", null)).post("/eholdings/kb-credentials/" + kb + "/uc").then().statusCode(201);
    ui().delete("/eholdings/kb-credentials/" + kb).then().statusCode(204);
    assertEquals(0L, module.sql("SELECT count(*) AS n FROM ehuc_mod_access_services.uc_settings WHERE credentials_id = $1",
        UUID.fromString(kb)).iterator().next().getLong("n"));
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}

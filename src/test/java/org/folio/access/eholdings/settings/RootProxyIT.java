package org.folio.access.eholdings.settings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Proxy types and the root proxy every record inherits. */
class RootProxyIT {
  private static final String TENANT = "ehsproxy";

  @BeforeAll
  static void enable() {
    TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
  }

  private static Map<String, Object> rootProxy(String proxyTypeId) {
    return Map.of("data", Map.of("type", "rootProxies", "attributes", Map.of("proxyTypeId", proxyTypeId)));
  }

  @Test
  void theProxyTypesStartWithNoneAndIncludeEzProxy() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb + "/proxy-types").then().statusCode(200)
        .body("data[0].id", equalTo("<n>"))
        .body("data[0].type", equalTo("proxyTypes"))
        .body("data[0].attributes.name", equalTo("None"))
        .body("data.id", hasItems("<n>", "EZProxy"))
        .body("data[0].credentialsId", equalTo(kb))
        .body("meta.totalResults", equalTo(3));
    TestModule.as(TENANT).get("/eholdings/proxy-types").then().statusCode(200)
        .body("data[0].credentialsId", equalTo(KnowledgeBases.DEFAULT_ID))
        .body("data.find { it.id == 'EZProxy' }.attributes.urlMask", equalTo("https://ezproxy.example.org/login?url={url}"));
  }

  @Test
  void theRootProxyIsNoneUntilSet() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb + "/root-proxy").then().statusCode(200)
        .body("data.id", equalTo("root-proxy")).body("data.type", equalTo("rootProxies"))
        .body("data.credentialsId", equalTo(kb))
        .body("data.attributes.id", equalTo("root-proxy"))
        .body("data.attributes.proxyTypeId", equalTo("<n>"))
        .body("jsonapi.version", equalTo("1.0"));
  }

  @Test
  void settingTheRootProxyAnswersItAndTheCallerSeesIt() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).body(rootProxy("ezproxy")).put("/eholdings/kb-credentials/" + kb + "/root-proxy").then()
        .statusCode(200).body("data.attributes.proxyTypeId", equalTo("EZProxy")).body("data.credentialsId", equalTo(kb));
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb + "/root-proxy").then()
        .body("data.attributes.proxyTypeId", equalTo("EZProxy"));
    TestModule.as(TENANT).get("/eholdings/root-proxy").then().statusCode(200)
        .body("data.credentialsId", equalTo(KnowledgeBases.DEFAULT_ID)).body("data.attributes.proxyTypeId", equalTo("<n>"));
  }

  @Test
  void anUnknownProxyTypeIsRefused() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).body(rootProxy("Squid")).put("/eholdings/kb-credentials/" + kb + "/root-proxy").then()
        .statusCode(400).body("errors[0].title", equalTo("Invalid Proxy ID"));
    TestModule.as(TENANT).body(rootProxy(" ")).put("/eholdings/kb-credentials/" + kb + "/root-proxy").then()
        .statusCode(422).body("errors[0].title", equalTo("Invalid proxyTypeId"));
    TestModule.as(TENANT).body(Map.of("data", Map.of("type", "rootProxies", "attributes", Map.of())))
        .put("/eholdings/kb-credentials/" + kb + "/root-proxy").then().statusCode(422);
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + kb + "/root-proxy").then()
        .body("data.attributes.proxyTypeId", equalTo("<n>"));
  }

  @Test
  void theRootProxyOfAnUnknownKnowledgeBaseIsNotFound() {
    TestModule.as(TENANT).body(rootProxy("EZProxy"))
        .put("/eholdings/kb-credentials/33333333-3333-4333-8333-333333333333/root-proxy").then().statusCode(404);
    TestModule.as(TENANT).body(rootProxy("EZProxy")).put("/eholdings/kb-credentials/x/root-proxy").then().statusCode(400);
  }

  @Test
  void theCallerSeesTheRootProxyOfTheKnowledgeBaseAssignedToThem() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String user = java.util.UUID.randomUUID().toString();
    TestModule.as(TENANT).body(Map.of("data", Map.of("id", user))).post("/eholdings/kb-credentials/" + kb + "/users")
        .then().statusCode(201);
    TestModule.as(TENANT).body(rootProxy("OpenAthens")).put("/eholdings/kb-credentials/" + kb + "/root-proxy").then().statusCode(200);
    TestModule.as(TENANT).header("X-Okapi-User-Id", user).get("/eholdings/root-proxy").then().statusCode(200)
        .body("data.credentialsId", equalTo(kb)).body("data.attributes.proxyTypeId", equalTo("OpenAthens"));
    TestModule.as(TENANT).header("X-Okapi-User-Id", user).get("/eholdings/proxy-types").then()
        .body("data.credentialsId", contains(kb, kb, kb));
  }
}

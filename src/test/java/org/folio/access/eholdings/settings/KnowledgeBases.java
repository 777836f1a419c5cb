package org.folio.access.eholdings.settings;

import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.folio.access.support.TestModule;

/** Named examples of settings requests, made over HTTP the way ui-eholdings makes them. */
final class KnowledgeBases {
  static final String DEFAULT_ID = "80898dee-449f-44dd-9c8e-37d5eb469b1d";
  static final String LIBRARIAN = "5b0a4d5e-1f7c-4b8e-9b0e-3c1f2d4e5a6b";

  private KnowledgeBases() {}

  /** A request of the tenant made by the librarian (so records carry who changed them). */
  static RequestSpecification asLibrarian(String tenant) {
    return TestModule.as(tenant).header("X-Okapi-User-Id", LIBRARIAN);
  }

  /** {"data":{"type":"kbCredentials","attributes":{...}}} with the non-null attributes given. */
  static Map<String, Object> kbBody(String name, String customerId, String apiKey, String url) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    putIfPresent(attributes, "name", name);
    putIfPresent(attributes, "customerId", customerId);
    putIfPresent(attributes, "apiKey", apiKey);
    putIfPresent(attributes, "url", url);
    return Map.of("data", Map.of("type", "kbCredentials", "attributes", attributes));
  }

  /** Creates a knowledge base with a unique name and returns its id. */
  static String lawLibrary(String tenant) {
    return asLibrarian(tenant).body(kbBody("Law library " + UUID.randomUUID(), "law", "law-key", "local"))
        .post("/eholdings/kb-credentials").then().statusCode(201).extract().path("id");
  }

  static Map<String, Object> accessTypeBody(String name, String description) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    putIfPresent(attributes, "name", name);
    putIfPresent(attributes, "description", description);
    return Map.of("data", Map.of("type", "accessTypes", "attributes", attributes));
  }

  static String subscribed(String tenant, String kbId) {
    return asLibrarian(tenant).body(accessTypeBody("Subscribed", "Paid for by the library"))
        .post("/eholdings/kb-credentials/" + kbId + "/access-types").then().statusCode(201).extract().path("id");
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}

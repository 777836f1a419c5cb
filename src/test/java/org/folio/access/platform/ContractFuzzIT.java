package org.folio.access.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.folio.access.platform.json.Json;
import org.folio.access.support.Contract;
import org.folio.access.support.Contract.ApiMethod;
import org.folio.access.support.RawHttp;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TenantTables;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing generated from the RAML: every method of every contract gets odd path ids, malformed and mistyped
 * bodies, injected and badly escaped query parameters and bad headers. None may answer 5xx, and a group of
 * refused writes leaves the tenant's tables exactly as they were. Failures name the method and the input.
 * -Dfuzz.full=true adds the larger inputs (the quick set runs in `mvn verify`).
 */
class ContractFuzzIT {
  private static final String TENANT = "fuzz";
  private static final String UUID_ID = "5b0a4d5e-1f7c-4b8e-9b0e-3c1f2d4e5a6b";
  private static final boolean FULL = Boolean.getBoolean("fuzz.full");
  private static TestModule module;

  @BeforeAll
  static void start() {
    module = TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
  }

  private static Map<String, String> headers() {
    return Contract.staffHeaders(TENANT);
  }


  private static final List<String> ODD_IDS = FULL
      ? List.of("1", "-1", "0", "99999999999999999999999", "a".repeat(2000), "%C3%A9t%C3%A9%E2%98%83", "..%2F..%2Fetc%2Fpasswd",
          "%27%22%3B--", "%00", "%01", "%zz", "x%20y", "1-2-3-4-5", "19-" + "9".repeat(40), UUID_ID, "null", "%E2%80%8F")
      : List.of("-1", "99999999999999999999999", "a".repeat(600), "%C3%A9%E2%98%83", "..%2F..%2Fetc", "%27%22%3B--", "%00",
          "%zz", "19-" + "9".repeat(40));
  private static final List<String> QUERY_VALUES = FULL
      ? List.of("%zz", "%", "%00", "%20%01%20", "%27%20OR%201%3D1--", "%22)%20or%20cql.allRecords%3D1",
          "cql.allRecords%3D1%20sortBy%20nothing", "*", "-1", "99999999999999999999", "a".repeat(3000), "name%3D%3D%5C",
          "(((", "true", "%E2%98%83")
      : List.of("%zz", "%00", "%27%20OR%201%3D1--", "%22)%20or%20cql.allRecords%3D1", "99999999999999999999",
          "a".repeat(600), "(((");

  private final List<String> failures = new ArrayList<>();

  private void expectNo5xx(ApiMethod m, String what, RawHttp.Answer a) {
    if (a.status() >= 500) {
      failures.add(m + " with " + what + " -> " + a.status() + " " + cut(a.body()));
    }
  }

  private static String cut(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  private RawHttp.Answer send(ApiMethod m, String target, Map<String, String> headers, String body) {
    return RawHttp.send(module.port(), m.verb(), target, headers, body);
  }

  private static boolean tenantApi(ApiMethod m) {
    return m.path().startsWith("/_/tenant");
  }

  private static String validBody(ApiMethod m) {
    return m.takesJson() && !tenantApi(m) ? m.example() : null;
  }

  @Test
  void noMethodAnswers5xxToOddPathIdsQueryParametersOrHeaders() {
    for (ApiMethod m : Contract.methods()) {
      if (!m.pathParams().isEmpty()) {
        for (String id : ODD_IDS) {
          expectNo5xx(m, "path id '" + cut(id) + "'", send(m, m.path(id), headers(), validBody(m)));
        }
      }
      String target = m.path(UUID_ID);
      for (String param : m.queryParams()) {
        for (String value : QUERY_VALUES) {
          expectNo5xx(m, "?" + param + "=" + cut(value), send(m, target + "?" + param + "=" + value, headers(), validBody(m)));
        }
      }
      expectNo5xx(m, "an unknown parameter with a bad escape", send(m, target + "?zz%zz=%zz", headers(), validBody(m)));
      for (Map.Entry<String, String> bad : badHeaders().entrySet()) {
        Map<String, String> h = headers();
        h.put(bad.getKey(), bad.getValue());
        expectNo5xx(m, "header " + bad.getKey() + ": " + cut(bad.getValue()), send(m, target, h, validBody(m)));
      }
    }
    assertEquals(List.of(), failures, failures.size() + " answers were 5xx");
  }

  private static Map<String, String> badHeaders() {
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("X-Okapi-Tenant", "Fuzz;drop");
    bad.put("X-Okapi-Token", "not-a-token");
    bad.put("X-Okapi-Permissions", "[\"unterminated");
    bad.put("X-Okapi-User-Id", "not-a-uuid");
    bad.put("X-Okapi-Request-Id", "r".repeat(5000));
    bad.put("Content-Type", "text/xml");
    return bad;
  }

  @Test
  void refusedWritesAnswer4xxAndLeaveTheDataAsItWas() {
    List<String> unchangedViolations = new ArrayList<>();
    for (ApiMethod m : Contract.methods()) {
      if (!m.takesJson()) {
        continue;
      }
      List<String> first = tablesChangedByRefusedWrites(m);
      List<String> second = first.isEmpty() ? first : tablesChangedAfterQuiet(m);
      if (!second.isEmpty()) {
        unchangedViolations.add(m + ": refused writes changed the tenant's data in " + first + " then " + second);
      }
    }
    assertEquals(List.of(), failures, failures.size() + " answers were 5xx");
    assertEquals(List.of(), unchangedViolations);
  }

  /**
   * Sends the method's bad bodies: the tenant's tables that changed meanwhile, when all were refused. Asked
   * twice before a method is blamed, since a background job (a vendor catalog job a valid body queued earlier,
   * say) may write to the tenant's tables at any time; a refused write that really writes does so every time.
   */
  private List<String> tablesChangedByRefusedWrites(ApiMethod m) {
    String target = m.path(UUID_ID);
    String before = TenantTables.checksum(module, TENANT);
    boolean allRefused = true;
    for (Map.Entry<String, String> body : badBodies(m).entrySet()) {
      RawHttp.Answer a = send(m, target, headers(), body.getValue());
      expectNo5xx(m, "body " + body.getKey(), a);
      allRefused &= a.status() >= 400;
    }
    return allRefused ? TenantTables.changed(before, TenantTables.checksum(module, TENANT)) : List.of();
  }

  /**
   * Asks again once the tenant's tables have stood still for a second (at most 30 s of waiting): background work
   * that a valid request queued earlier (an import, a processing job, the consortium exchange) may still be writing.
   */
  private List<String> tablesChangedAfterQuiet(ApiMethod m) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    String seen = TenantTables.checksum(module, TENANT);
    while (System.nanoTime() < deadline) {
      sleepOneSecond();
      String now = TenantTables.checksum(module, TENANT);
      if (now.equals(seen)) {
        break;
      }
      seen = now;
    }
    return tablesChangedByRefusedWrites(m);
  }

  private static void sleepOneSecond() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Bodies that do not fit the method's schema, named for the failure message. */
  private static Map<String, String> badBodies(ApiMethod m) {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("malformed JSON", "{\"a\":");
    bodies.put("a JSON array", "[]");
    bodies.put("JSON null", "null");
    bodies.put("a JSON string", "\"x\"");
    bodies.put("no fields", "{}");
    bodies.put("control characters", "{\"\u0001\":\"\u0000\"}");
    bodies.put("deep nesting", "[".repeat(FULL ? 100_000 : 5_000) + "]".repeat(FULL ? 100_000 : 5_000));
    JsonNode example = parse(m.example());
    if (example instanceof ObjectNode object) {
      ObjectNode unknown = object.deepCopy();
      unknown.put("noSuchField" + "\u0002", "x");
      bodies.put("an unknown field", unknown.toString());
      object.fieldNames().forEachRemaining(field -> {
        JsonNode value = object.get(field);
        ObjectNode wrong = object.deepCopy();
        if (value.isTextual()) {
          wrong.put(field, 12345);
        } else {
          wrong.put(field, "wrong type");
        }
        bodies.put("field " + field + " of the wrong type", wrong.toString());
        ObjectNode huge = object.deepCopy();
        huge.set(field, Json.mapper().createArrayNode().add("x".repeat(FULL ? 200_000 : 20_000)));
        bodies.put("field " + field + " as a huge array", huge.toString());
      });
    }
    return bodies;
  }

  private static JsonNode parse(String text) {
    try {
      return text == null ? null : Json.mapper().readTree(text);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  @Test
  void theContractsAreReadWhole() {
    assertTrue(Contract.methods().size() >= 80, "RAML methods found: " + Contract.methods().size());
    Map<String, Integer> byVerb = new HashMap<>();
    Contract.methods().forEach(m -> byVerb.merge(m.verb(), 1, Integer::sum));
    assertTrue(byVerb.containsKey("POST") && byVerb.containsKey("PUT") && byVerb.containsKey("DELETE"), byVerb.toString());
  }
}

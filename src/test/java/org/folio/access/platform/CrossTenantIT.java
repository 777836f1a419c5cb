package org.folio.access.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Cross-tenant probe generated from the RAML: tenant A has the sample data, tenant B none. Every method is called
 * as B with A's ids in its path and A's names in its search parameters; no answer to B may carry an id that only A
 * has, and nothing B does may change A's tables. Failures name the method and the input.
 */
class CrossTenantIT {
  private static final String A = "probea";
  private static final String B = "probeb";
  private static TestModule module;
  private static Set<String> onlyA;
  private static List<String> namesOfA;

  @BeforeAll
  static void start() {
    module = TestModule.get();
    TenantClient.enable(A, "mod-access-services-1.0.0", true, true);
    TenantClient.enable(B, "mod-access-services-1.0.0", true, false);
    Set<String> idsOfA = new LinkedHashSet<>();
    Set<String> idsOfB = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (ApiMethod m : collections()) {
      collect(parse(send(A, m, m.path()).body()), idsOfA, names);
      collect(parse(send(B, m, m.path()).body()), idsOfB, new LinkedHashSet<>());
    }
    idsOfA.removeAll(idsOfB);
    onlyA = idsOfA;
    namesOfA = names.stream().limit(5).toList();
  }

  private static List<ApiMethod> collections() {
    return Contract.methods().stream().filter(m -> m.verb().equals("GET") && m.pathParams().isEmpty()
        && !m.path().startsWith("/_/")).toList();
  }

  private static Map<String, String> headers(String tenant) {
    return Contract.staffHeaders(tenant);
  }


  private static RawHttp.Answer send(String tenant, ApiMethod m, String target) {
    String body = m.takesJson() && !m.path().startsWith("/_/tenant") ? m.example() : null;
    return RawHttp.send(module.port(), m.verb(), target, headers(tenant), body);
  }

  private static JsonNode parse(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** Every "id" (and "resourceId", "loanId", ...) value and every "name" in a JSON answer. */
  private static void collect(JsonNode node, Set<String> ids, Set<String> names) {
    if (node == null) {
      return;
    }
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isTextual() && (e.getKey().equals("id") || e.getKey().endsWith("Id"))) {
        ids.add(e.getValue().asText());
      } else if (e.getValue().isTextual() && e.getKey().equals("name") && e.getValue().asText().length() > 3) {
        names.add(e.getValue().asText());
      }
      collect(e.getValue(), ids, names);
    });
    if (node.isArray()) {
      node.forEach(child -> collect(child, ids, names));
    }
  }

  /** An id only A has that the answer shows (apart from the one the caller sent, which an answer may repeat). */
  private static String leakIn(RawHttp.Answer answer, String sent) {
    if (answer.status() >= 300) {
      return null;
    }
    return onlyA.stream().filter(id -> id.length() >= 3 && !id.equals(sent) && answer.body().contains("\"" + id + "\""))
        .findFirst().orElse(null);
  }

  private static int unknowns;

  /**
   * An id of the same shape that no tenant has, new for every call (a PUT may create what it names in B): A's id
   * must be answered as this one is.
   */
  private static String unknownLike(String id) {
    String n = String.format("%04d", ++unknowns % 10_000);
    if (id.matches("[0-9a-f-]{36}")) {
      return "00000000-0000-4000-8000-00000000" + n;
    }
    String eights = id.replaceAll("\\d", "8");
    return eights.length() > 4 && eights.substring(eights.length() - 4).matches("8{4}")
        ? eights.substring(0, eights.length() - 4) + n : eights;
  }

  /** A few of A's ids of each shape (uuid, number, dashed), to put in every path parameter. */
  private static List<String> probeIds() {
    Map<String, List<String>> byShape = new LinkedHashMap<>();
    for (String id : onlyA) {
      String shape = id.matches("[0-9a-f-]{36}") ? "uuid" : id.matches("\\d+") ? "number" : id.matches("[\\d-]+") ? "dashed" : "other";
      byShape.computeIfAbsent(shape, k -> new ArrayList<>()).add(id);
    }
    List<String> ids = new ArrayList<>();
    byShape.values().forEach(list -> ids.addAll(list.stream().limit(4).toList()));
    return ids;
  }

  @Test
  void noMethodShowsOrChangesTheOtherTenantsData() {
    assertTrue(onlyA.size() > 20, "tenant A has data of its own: " + onlyA.size() + " ids");
    String before = TenantTables.checksum(module, A);
    List<String> leaks = new ArrayList<>();
    List<String> ids = probeIds();
    // PUTs last: one that creates what it names (an upsert by id) changes B's state for the methods after it.
    List<ApiMethod> methods = Contract.methods().stream().sorted(Comparator.comparing((ApiMethod m) -> m.verb().equals("PUT"))).toList();
    for (ApiMethod m : methods) {
      if (m.path().startsWith("/_/") || m.pathParams().isEmpty()) {
        continue;
      }
      for (String id : ids) {
        RawHttp.Answer unknown = send(B, m, m.path(unknownLike(id)));
        RawHttp.Answer a = send(B, m, m.path(id));
        String leaked = leakIn(a, id);
        // An upsert by id creates in B whatever an unknown id names; a second one may then collide with it (409):
        // no answer about A, as long as A's tables stay as they were (checked below).
        boolean upsert = m.verb().equals("PUT") && unknown.status() < 300 && a.status() < 500;
        if (leaked != null || a.status() >= 500 || a.status() != unknown.status() && !upsert) {
          leaks.add(m + " as " + B + " with " + A + "'s id " + id + " -> " + a.status() + " (an unknown id -> "
              + unknown.status() + ")" + (leaked == null ? "" : " shows " + leaked));
        }
      }
    }
    for (ApiMethod m : collections()) {
      for (String param : m.queryParams()) {
        for (String name : namesOfA) {
          String target = m.path() + "?" + param + "=" + URLEncoder.encode(searchFor(param, name), StandardCharsets.UTF_8);
          RawHttp.Answer a = send(B, m, target);
          String leaked = leakIn(a, null);
          if (leaked != null) {
            leaks.add(m + " as " + B + " with ?" + param + "=" + name + " shows " + A + "'s " + leaked);
          }
        }
      }
    }
    assertEquals(List.of(), leaks);
    assertEquals(before, TenantTables.checksum(module, A), "what " + B + " did changed " + A + "'s tables");
  }

  private static String searchFor(String param, String name) {
    return param.equals("query") ? "name=\"" + name + "\" or cql.allRecords=1" : name;
  }

}

package org.folio.access.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.folio.access.Module;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Readers racing for the last copy, over real parallel HTTP, against one module and two module instances on one
 * database: the database alone decides who gets it, and a reader's repeated clicks stay one request.
 */
class StacksConcurrencyIT {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static Stacks library;
  private static Module second;

  @BeforeAll
  static void start() {
    library = Stacks.library("stacksrace");
    second = Module.start(library.module.vertx(), library.module.config().withHttpPort(0)).await();
  }

  @AfterAll
  static void stop() {
    second.stop().await();
  }

  @Test
  void fiftyReadersRaceForOneItemAndExactlyOneGetsIt() {
    String item = library.requestable("b9000001", "i9000001");
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(place(library.module.port(), UUID.randomUUID(), item));
    }
    assertEquals(Map.of("202", 1, "409 ITEM_ALREADY_REQUESTED", 49), outcomes(calls));
    assertEquals(1L, library.value("SELECT count(*) FROM {s}.stacks_requests WHERE item_id = $1", item));
  }

  @Test
  void fiftyReadersOnTwoModuleInstancesAndExactlyOneGetsIt() {
    String item = library.requestable("b9000002", "i9000002");
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(place(i % 2 == 0 ? library.module.port() : second.port(), UUID.randomUUID(), item));
    }
    assertEquals(Map.of("202", 1, "409 ITEM_ALREADY_REQUESTED", 49), outcomes(calls));
    assertEquals(1L, library.value("SELECT count(*) FROM {s}.stacks_requests WHERE item_id = $1", item));
  }

  @Test
  void tenIdenticalRequestsOfOneReaderAreAllAcceptedAndStoredOnce() {
    String item = library.requestable("b9000003", "i9000003");
    UUID reader = UUID.randomUUID();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      calls.add(place(i % 2 == 0 ? library.module.port() : second.port(), reader, item));
    }
    assertEquals(Map.of("202", 10), outcomes(calls));
    assertEquals(1L, library.value("SELECT count(*) FROM {s}.stacks_requests WHERE item_id = $1", item));
    assertEquals(1L, library.value("SELECT count(*) FROM {s}.outbox WHERE event_type = 'stacks.request.placed'"
        + " AND payload->'request'->'item'->>'id' = $1", item));
  }

  @Test
  void oneReaderRacingForMoreItemsThanTheLimitGetsTheLimit() {
    library.settings(Map.of("holdLimit", 5, "requestsPerMinute", 100));
    UUID reader = UUID.randomUUID();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String item = library.requestable("b9000004", "i90000" + (40 + i));
      calls.add(place(i % 2 == 0 ? library.module.port() : second.port(), reader, item));
    }
    assertEquals(Map.of("202", 5, "403 HOLD_LIMIT_REACHED", 7), outcomes(calls));
    library.settings(Map.of("holdLimit", 15, "requestsPerMinute", 30));
  }

  private static CompletableFuture<HttpResponse<String>> place(int port, UUID user, String itemId) {
    JsonObject body = new JsonObject().put("item", new JsonObject().put("id", itemId).put("type", "Item")).put("type", "Request");
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/stacks/requests"))
        .timeout(Duration.ofSeconds(60)).header("X-Okapi-Tenant", library.tenant).header("Content-Type", "application/json")
        .header("X-Okapi-User-Id", user.toString()).POST(HttpRequest.BodyPublishers.ofString(body.encode())).build();
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, Integer> outcomes(List<CompletableFuture<HttpResponse<String>>> calls) {
    Map<String, Integer> counts = new TreeMap<>();
    for (CompletableFuture<HttpResponse<String>> c : calls) {
      HttpResponse<String> r = c.join();
      String key = String.valueOf(r.statusCode());
      if (r.statusCode() >= 400) {
        key += " " + new JsonObject(r.body()).getJsonArray("errors").getJsonObject(0).getString("code");
      }
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }
}

package org.folio.access.circulation;

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
 * Many patrons at once, over real parallel HTTP, against one module and against two module instances on
 * one database: the database alone keeps the copies, the open loans and the queue right.
 */
class CirculationConcurrencyIT {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static Econtent library;
  private static Module second;

  @BeforeAll
  static void start() {
    library = Econtent.library("circrace");
    second = Module.start(library.module.vertx(), library.module.config().withHttpPort(0)).await();
  }

  @AfterAll
  static void stop() {
    second.stop().await();
  }

  @Test
  void sixtyFourPatronsRaceForFiveCopiesAndExactlyFiveBorrow() {
    String book = library.ebook("War and Peace", 5);
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      calls.add(checkOut(library.module.port(), UUID.randomUUID(), book));
    }
    Map<String, Integer> outcome = outcomes(calls);
    assertEquals(Map.of("201", 5, "409 NO_AVAILABLE_COPIES", 59), outcome);
    assertEquals(5L, library.value("SELECT count(*) FROM {s}.econtent_loans WHERE resource_id = $1 AND status = 'open'", book));
    assertEquals(5, library.value("SELECT copies_in_use FROM {s}.econtent_lendables WHERE resource_id = $1", book));
  }

  @Test
  void tenIdenticalRequestsOfOnePatronGiveOneLoan() {
    String book = library.ebook("Anna Karenina", 3);
    UUID patron = UUID.randomUUID();
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      calls.add(checkOut(i % 2 == 0 ? library.module.port() : second.port(), patron, book));
    }
    assertEquals(Map.of("201", 1, "409 ALREADY_CHECKED_OUT", 9), outcomes(calls));
    assertEquals(1, library.value("SELECT copies_in_use FROM {s}.econtent_lendables WHERE resource_id = $1", book));
  }

  @Test
  void twoModuleInstancesOnOneDatabaseGiveTheSameResults() {
    String book = library.ebook("Resurrection", 5);
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      calls.add(checkOut(i % 2 == 0 ? library.module.port() : second.port(), UUID.randomUUID(), book));
    }
    assertEquals(Map.of("201", 5, "409 NO_AVAILABLE_COPIES", 59), outcomes(calls));
    assertEquals(5L, library.value("SELECT count(*) FROM {s}.econtent_loans WHERE resource_id = $1 AND status = 'open'", book));
  }

  @Test
  void returnsWhileHoldsWaitHandEachCopyToTheNextInLineNeverToTwo() {
    String book = library.ebook("The Death of Ivan Ilyich", 5);
    List<UUID> readers = new ArrayList<>();
    List<String> loans = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      UUID reader = UUID.randomUUID();
      readers.add(reader);
      loans.add(library.checkOut(reader, book));
    }
    List<String> queue = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      queue.add(library.hold(UUID.randomUUID(), book));
    }
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int port = i % 2 == 0 ? library.module.port() : second.port();
      calls.add(call(port, "POST", "/econtent/loans/" + loans.get(i) + "/return", readers.get(i), null));
      calls.add(call(port == second.port() ? library.module.port() : second.port(), "POST",
          "/econtent/loans/" + loans.get(i) + "/return", readers.get(i), null)); // the same return twice
    }
    for (int i = 0; i < 20; i++) {
      calls.add(checkOut(i % 2 == 0 ? library.module.port() : second.port(), UUID.randomUUID(), book)); // queue jumpers
    }
    calls.add(call(second.port(), "POST", "/econtent/_timers/expire-loans", null, null));
    Map<String, Integer> outcome = outcomes(calls);
    assertEquals(6, outcome.get("200")); // five returns and the timer
    assertEquals(5, outcome.get("409 LOAN_NOT_OPEN"));
    assertEquals(20, outcome.get("409 NO_AVAILABLE_COPIES"));
    for (int i = 0; i < 20; i++) {
      Object status = library.value("SELECT status FROM {s}.econtent_holds WHERE id = $1", UUID.fromString(queue.get(i)));
      assertEquals(i < 5 ? "fulfilled" : "waiting", status, "hold " + (i + 1) + " in line");
    }
    assertEquals(5L, library.value("SELECT count(*) FROM {s}.econtent_loans WHERE resource_id = $1 AND status = 'open'", book));
    assertEquals(5, library.value("SELECT copies_in_use FROM {s}.econtent_lendables WHERE resource_id = $1", book));
    assertEquals(5L, library.value("SELECT count(DISTINCT loan_id) FROM {s}.econtent_holds WHERE resource_id = $1", book));
  }

  @Test
  void holdsPlacedAtOnceQueueInOrderWithDistinctTruePositions() {
    String book = library.ebook("Hadji Murat", 1);
    library.checkOut(UUID.randomUUID(), book);
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      calls.add(call(i % 2 == 0 ? library.module.port() : second.port(), "POST", "/econtent/holds", UUID.randomUUID(),
          new JsonObject().put("resourceId", book)));
    }
    List<Integer> positions = new ArrayList<>();
    calls.forEach(c -> positions.add(new JsonObject(c.response().join().body()).getInteger("position")));
    positions.sort(Integer::compare);
    List<Integer> expected = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      expected.add(i);
    }
    assertEquals(expected, positions);
  }

  /** One request in flight. */
  record Call(CompletableFuture<HttpResponse<String>> response) {}


  private static Call checkOut(int port, UUID patron, String resourceId) {
    return call(port, "POST", "/econtent/loans", patron, new JsonObject().put("resourceId", resourceId));
  }

  private static Call call(int port, String method, String path, UUID user, JsonObject body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("X-Okapi-Tenant", library.tenant).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.encode()));
    if (user != null) {
      request.header("X-Okapi-User-Id", user.toString());
    }
    return new Call(HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  /** "status" for successes, "status code" for refusals, counted. */
  private static Map<String, Integer> outcomes(List<Call> calls) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Call c : calls) {
      HttpResponse<String> r = c.response().join();
      String key = String.valueOf(r.statusCode());
      if (r.statusCode() >= 400) {
        key += " " + new JsonObject(r.body()).getJsonArray("errors").getJsonObject(0).getString("code");
      }
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }
}

package org.folio.access.ill.consortium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.folio.access.Module;
import org.folio.access.ill.Ill;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Concurrency settled by the database, with two module instances on one database: two borrowers racing for the last
 * lendable copy at B (one gets it, the other goes to the next lender), and messages processed by both instances at
 * once (each applied once, in order).
 */
class ConsortiumConcurrencyIT {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final int ROUNDS = 5;
  private static final int LOANS = 30;
  private static Module second;
  private static Member a;
  private static Member b;
  private static Member c;
  private static Member d;

  @BeforeAll
  static void consortiumOnTwoInstances() {
    a = Member.library("racea");
    b = Member.library("raceb");
    c = Member.library("racec");
    d = Member.library("raced");
    TestModule module = a.ill.module;
    second = Module.start(module.vertx(), module.config().withHttpPort(0)).await();
    String id = a.createConsortium("Racing", "raceb", "racec", "raced");
    b.accept(id);
    c.accept(id);
    d.accept(id);
    b.publishClosedStoresLendable();
    c.publishClosedStoresLendable();
    a.ill.settings(Map.of("broker", "consortium"));
    d.ill.settings(Map.of("broker", "consortium"));
  }

  @AfterAll
  static void stop() {
    second.stop().await();
  }

  @Test
  void twoBorrowersForTheLastCopyAtBOneGetsItTheOtherGoesToC() {
    for (int round = 0; round < ROUNDS; round++) {
      String isbn = isbn13("97800000010" + round);
      b.item("race-b-" + round, "Race " + round, "Runner", "closed-stores", isbn);
      c.item("race-c-" + round, "Race " + round, "Runner", "closed-stores", isbn);
      b.runExchange();
      c.runExchange();
      String atA = a.ill.create(wanting(isbn)).getString("id");
      String atD = d.ill.create(wanting(isbn)).getString("id");
      List<CompletableFuture<HttpResponse<String>>> routes = List.of(
          post(a.ill.module.port(), a.tenant, "/ill/transactions/" + atA + "/route"),
          post(second.port(), d.tenant, "/ill/transactions/" + atD + "/route"));
      List<String> lenders = new ArrayList<>();
      for (CompletableFuture<HttpResponse<String>> route : routes) {
        JsonObject t = new JsonObject(route.join().body());
        assertEquals("Request Finished", t.getString("queue"), t.encode());
      }
      lenders.add(a.borrowing(a.ill.get(atA).getString("brokerRequestNumber")).getString("partner"));
      lenders.add(d.borrowing(d.ill.get(atD).getString("brokerRequestNumber")).getString("partner"));
      assertEquals(List.of("raceb", "racec"), lenders.stream().sorted().toList(), "round " + round);
    }
    b.runExchange();
    c.runExchange();
    assertEquals((long) ROUNDS, count(b, "SELECT count(*) FROM {s}.ill_consortium_requests WHERE role = 'lender'"));
    assertEquals((long) ROUNDS, count(c, "SELECT count(*) FROM {s}.ill_consortium_requests WHERE role = 'lender'"));
  }

  @Test
  void messagesProcessedByTwoInstancesAreAppliedOnceAndInOrder() {
    Member lender = Member.library("raceq");
    Member borrower = Member.library("racep");
    String id = borrower.createConsortium("Queue", "raceq");
    lender.accept(id);
    lender.publishClosedStoresLendable();
    borrower.ill.settings(Map.of("broker", "consortium"));
    String isbn = isbn13("978000000200");
    for (int i = 0; i < LOANS; i++) {
      lender.item("q-" + i, "Queued", "Waiter", "closed-stores", isbn);
    }
    lender.runExchange();
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < LOANS; i++) {
      String t = borrower.ill.create(wanting(isbn)).getString("id");
      requests.add(borrower.staff().post("/ill/transactions/" + t + "/route").then().statusCode(200).extract().path("brokerRequestNumber"));
    }
    runEverywhere(lender);
    for (String r : requests) {
      lender.lend(r, Map.of("action", "will-supply"));
      lender.lend(r, Map.of("action", "shipped", "dueDate", "2027-02-01T12:00:00Z"));
    }
    Map<String, Integer> applied = runEverywhere(borrower);
    assertEquals(2 * LOANS, applied.values().stream().mapToInt(Integer::intValue).sum(), "applied per run: " + applied);

    for (String r : requests) {
      assertEquals("loaned", borrower.borrowing(r).getString("state"));
      assertEquals(List.of(1, 2, 3), borrower.borrowing(r).getList("messages.seq"));
      assertEquals(lender.lending(r).getList("messages"), borrower.borrowing(r).getList("messages"));
    }
    assertEquals((long) 3 * LOANS, count(borrower, "SELECT count(*) FROM {s}.ill_consortium_messages"));
    assertEquals(0L, count(borrower, "SELECT count(*) FROM {s}.ill_consortium_messages m JOIN {s}.ill_consortium_messages n"
        + " ON n.request_id = m.request_id AND n.seq = m.seq + 1 WHERE n.recorded_at < m.recorded_at"), "recorded out of order");
    assertEquals((long) 2 * LOANS, count(borrower, "SELECT count(*) FROM {s}.ill_notes WHERE author = 'consortium'"
        + " AND note ~ 'from the lender: (will-supply|shipped)'"), "one note per delivered message");
    assertEquals(0L, count(borrower, "SELECT count(*) FROM mod_access_services_platform.consortium_message"
        + " WHERE recipient = 'racep' AND processed_at IS NULL"));
    assertTrue(lender.itemStatus("q-0").equals("consortium-loan"));
  }

  /** Runs the tenant's exchange four times at once, twice on each instance; messages applied per run. */
  private static Map<String, Integer> runEverywhere(Member m) {
    List<CompletableFuture<HttpResponse<String>>> runs = new ArrayList<>();
    for (int port : new int[] {m.ill.module.port(), second.port(), m.ill.module.port(), second.port()}) {
      runs.add(post(port, m.tenant, "/ill/consortium-exchange/run"));
    }
    Map<String, Integer> applied = new HashMap<>();
    for (int i = 0; i < runs.size(); i++) {
      HttpResponse<String> r = runs.get(i).join();
      assertEquals(200, r.statusCode(), r.body());
      applied.put("run" + i, new JsonObject(r.body()).getInteger("messagesApplied"));
    }
    return applied;
  }

  private static Map<String, Object> wanting(String isbn) {
    Map<String, Object> t = Ill.measureOfReality();
    t.put("isbns", List.of(isbn));
    return t;
  }

  private static long count(Member m, String sql) {
    return (Long) m.ill.value(sql);
  }

  private static CompletableFuture<HttpResponse<String>> post(int port, String tenant, String path) {
    return HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Okapi-Tenant", tenant)
        .header("X-Okapi-User-Id", Ill.STAFF.toString()).timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A valid ISBN-13 from its first twelve digits. */
  private static String isbn13(String twelve) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return twelve + (10 - sum % 10) % 10;
  }
}

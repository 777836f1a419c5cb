package org.folio.access.ill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.folio.access.Module;
import org.folio.access.support.OutsideSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once routing: 1,000 new transactions routed by two module instances on one database, each running
 * two routing runs at once. Each transaction is routed once, and the broker is asked once to request it.
 */
class IllRoutingConcurrencyIT {
  private static final int TRANSACTIONS = 1000;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static Ill ill;
  private static Module second;
  private static OutsideSystem broker;

  @BeforeAll
  static void start() {
    ill = Ill.department("illrace");
    second = Module.start(ill.module.vertx(), ill.module.config().withHttpPort(0)).await();
    broker = OutsideSystem.start();
    // Reading back 1,000 recorded requests takes MockServer more than its default 20 s on a loaded machine.
    org.mockserver.configuration.ConfigurationProperties.maxSocketTimeout(180_000);
  }

  @AfterAll
  static void stop() {
    second.stop().await();
    broker.close();
  }

  @Test
  void twoInstancesRouteAThousandTransactionsEachExactlyOnce() {
    broker.mock().when(request().withPath("/race/portal-service/user/authentication"))
        .respond(response().withStatusCode(200).withBody("{\"AuthorizationId\":\"aid\"}"));
    broker.mock().when(request().withPath("/race/dws/item/available"))
        .respond(response().withStatusCode(200).withBody("{\"Available\":true,\"NumberOfRecords\":1}"));
    broker.mock().when(request().withPath("/race/dws/item/add"))
        .respond(response().withStatusCode(200).withBody("{\"RequestNumber\":\"BD-RACE\"}"));
    ill.settings(Map.of("brokerUrl", broker.baseUrl() + "/race", "apiKey", "k"));
    ill.module.sql("INSERT INTO illrace_mod_access_services.ill_transactions (id, request_type, title, isbns, patron_id, patron, queue)"
        + " SELECT gen_random_uuid(), 'Loan', 'Book ' || i, ARRAY[(9780000000000 + i)::text], p, jsonb_build_object('id', p, 'barcode', 'b' || i),"
        + " 'BorrowDirect Find Item Search' FROM generate_series(1, $1) i, gen_random_uuid() p", TRANSACTIONS);

    List<CompletableFuture<HttpResponse<String>>> runs = new ArrayList<>();
    for (int port : new int[] {ill.module.port(), second.port(), ill.module.port(), second.port()}) {
      runs.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ill/routing/run"))
          .header("X-Okapi-Tenant", ill.tenant).timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    List<Integer> routedByRun = new ArrayList<>();
    runs.forEach(run -> routedByRun.add(new JsonObject(run.join().body()).getInteger("routed")));

    assertEquals(TRANSACTIONS, routedByRun.stream().mapToInt(Integer::intValue).sum(), "routed per run: " + routedByRun);
    assertTrue(routedByRun.get(0) + routedByRun.get(2) > 0 && routedByRun.get(1) + routedByRun.get(3) > 0,
        "both instances routed: " + routedByRun);
    assertEquals((long) TRANSACTIONS, ill.value("SELECT count(*) FROM {s}.ill_transactions WHERE queue = 'Request Finished'"
        + " AND broker_request_number = 'BD-RACE' AND routing_owner IS NULL AND request_started_at IS NULL"));
    assertEquals(0L, ill.value("SELECT count(*) FROM (SELECT transaction_id FROM {s}.ill_queue_moves WHERE moved_by = 'routing'"
        + " GROUP BY transaction_id HAVING count(*) <> 1) x"));
    assertEquals((long) TRANSACTIONS, ill.value("SELECT count(*) FROM {s}.ill_notes WHERE author = 'routing'"));
    assertEquals((long) TRANSACTIONS, ill.value("SELECT count(DISTINCT aggregate_id) FROM {s}.outbox WHERE event_type = 'ill.transaction.routed'"));
    assertEquals((long) TRANSACTIONS, ill.value("SELECT count(*) FROM {s}.outbox WHERE event_type = 'ill.transaction.routed'"));

    org.mockserver.model.HttpRequest[] requests = broker.mock().retrieveRecordedRequests(request().withPath("/race/dws/item/add"));
    Set<String> externalNumbers = new HashSet<>();
    for (org.mockserver.model.HttpRequest r : requests) {
      externalNumbers.add(new JsonObject(r.getBodyAsString()).getString("ExternalNumber"));
    }
    assertEquals(TRANSACTIONS, requests.length, "RequestItem calls");
    assertEquals(TRANSACTIONS, externalNumbers.size(), "distinct transactions requested");
  }
}

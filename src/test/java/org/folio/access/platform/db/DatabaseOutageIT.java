package org.folio.access.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.folio.access.Main;
import org.folio.access.Module;
import org.folio.access.platform.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a check-out load, twice: stopped and started again, then frozen with SIGSTOP and
 * thawed. In between, only 201 and 503 DATABASE_UNAVAILABLE (with Retry-After) within a few seconds; afterwards
 * every acknowledged loan is there and the lendable's copies in use match its open loans. Its own module and
 * embedded database, so that the other suites' database is not touched.
 */
class DatabaseOutageIT {
  private static final String TENANT = "outage";
  private static final Pattern LOAN_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static Path dir;
  private static int dbPort;
  private static EmbeddedDatabase database;
  private static Vertx vertx;
  private static Module module;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private record Outcome(long startNanos, int status, long millis, String body, String retryAfter) {}

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("mod-access-services-outage");
    database = EmbeddedDatabase.start(dir.toString(), 0);
    dbPort = database.port();
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("TIMERS_ENABLED", "false");
    env.put("HTTP_INSTANCES", "2");
    Config config = Config.from(env).withHttpPort(0).withDatabase("localhost", dbPort);
    vertx = Main.createVertx(config.httpInstances(), config.nativeTransport());
    module = Module.start(vertx, config).await();
    send("POST", "/_/tenant", "{\"module_to\":\"mod-access-services-1.0.0\"}", Map.of());
    for (int i = 0; i < 300 && !enabled(); i++) {
      Thread.sleep(200);
    }
  }

  @AfterAll
  static void stop() {
    thaw();
    module.stop().await();
    vertx.close().await();
    database.close();
  }

  @Test
  void anOutageUnderLoadGivesOnly503sAndLosesNothingCommitted() throws Exception {
    String resource = lendableWithManyCopies();
    List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread client = new Thread(() -> checkOutUntilStopped(resource, running, outcomes, acknowledged));
      client.start();
      clients.add(client);
    }
    Thread.sleep(1500);

    long stopped = System.nanoTime();
    database.close();
    Thread.sleep(3000);
    database = EmbeddedDatabase.start(dir.toString(), dbPort);
    long restarted = System.nanoTime();
    Thread.sleep(3000);

    long frozen = System.nanoTime();
    freeze();
    Thread.sleep(1000);
    long healthStart = System.nanoTime();
    HttpResponse<String> health = send("GET", "/admin/health", null, Map.of());
    long healthMillis = (System.nanoTime() - healthStart) / 1_000_000;
    Thread.sleep(3000);
    thaw();
    long thawed = System.nanoTime();
    Thread.sleep(3000);
    running.set(false);
    for (Thread t : clients) {
      t.join();
    }

    List<Outcome> wrong = outcomes.stream().filter(o -> o.status() != 201 && !(o.status() == 503
        && o.body().contains("DATABASE_UNAVAILABLE") && o.retryAfter() != null)).toList();
    assertTrue(wrong.isEmpty(), "answers other than 201 or 503 DATABASE_UNAVAILABLE with Retry-After: "
        + wrong.stream().limit(5).map(o -> o.status() + " " + o.body()).toList());
    long max503 = outcomes.stream().filter(o -> o.status() == 503).mapToLong(Outcome::millis).max().orElse(0);
    long count503 = outcomes.stream().filter(o -> o.status() == 503).count();
    assertTrue(count503 > 0, "the outage was seen");
    assertTrue(max503 < 8000, "a 503 took " + max503 + " ms");
    assertEquals(503, health.statusCode(), "health while frozen: " + health.body());
    assertTrue(healthMillis < 3000, "health answered in " + healthMillis + " ms while the database was frozen");
    long recoveredAfterRestart = firstSuccessAfter(outcomes, restarted);
    long recoveredAfterThaw = firstSuccessAfter(outcomes, thawed);
    assertTrue(recoveredAfterRestart >= 0 && recoveredAfterRestart < 5000, "recovery after restart " + recoveredAfterRestart);
    assertTrue(recoveredAfterThaw >= 0 && recoveredAfterThaw < 5000, "recovery after thaw " + recoveredAfterThaw);

    try (Checks db = new Checks()) {
      for (String loan : acknowledged) {
        assertEquals(1, db.rows("SELECT 1 FROM " + schema() + ".econtent_loans WHERE id = $1", UUID.fromString(loan)).size(),
            "acknowledged loan " + loan + " is lost");
      }
      Row copies = db.rows("SELECT copies_in_use, (SELECT count(*) FROM " + schema() + ".econtent_loans"
          + " WHERE resource_id = $1 AND status = 'open') AS open FROM " + schema() + ".econtent_lendables"
          + " WHERE resource_id = $1", resource).iterator().next();
      assertEquals(copies.getLong("open").intValue(), copies.getInteger("copies_in_use"), "copies in use match open loans");
    }
    System.out.printf("OUTAGE FIGURES: requests %d, 201 %d, 503 %d, longest 503 %d ms, health while frozen %d ms,"
            + " recovery after restart %d ms, after thaw %d ms (stopped %d ms, frozen %d ms)%n",
        outcomes.size(), acknowledged.size(), count503, max503, healthMillis, recoveredAfterRestart, recoveredAfterThaw,
        (restarted - stopped) / 1_000_000, (thawed - frozen) / 1_000_000);
  }

  private static long firstSuccessAfter(List<Outcome> outcomes, long since) {
    return outcomes.stream().filter(o -> o.status() == 201 && o.startNanos() >= since)
        .mapToLong(o -> (o.startNanos() - since) / 1_000_000 + o.millis()).min().orElse(-1);
  }

  private static void checkOutUntilStopped(String resource, AtomicBoolean running, List<Outcome> outcomes,
      Set<String> acknowledged) {
    while (running.get()) {
      long start = System.nanoTime();
      try {
        HttpResponse<String> r = send("POST", "/econtent/loans", "{\"resourceId\":\"" + resource + "\"}",
            Map.of("X-Okapi-User-Id", UUID.randomUUID().toString()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        outcomes.add(new Outcome(start, r.statusCode(), millis, r.body(), r.headers().firstValue("Retry-After").orElse(null)));
        if (r.statusCode() == 201) {
          Matcher m = LOAN_ID.matcher(r.body());
          if (m.find()) {
            acknowledged.add(m.group(1));
          }
        } else {
          Thread.sleep(50);
        }
      } catch (Exception e) {
        outcomes.add(new Outcome(start, -1, (System.nanoTime() - start) / 1_000_000, e.toString(), null));
      }
    }
  }

  private static HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + module.port() + path))
        .timeout(Duration.ofSeconds(30)).header("X-Okapi-Tenant", TENANT).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path, e);
    }
  }

  private static boolean enabled() {
    return send("GET", "/econtent/loan-policy", null, Map.of()).statusCode() == 200;
  }

  private static String schema() {
    return "\"" + TENANT + "_mod_access_services\"";
  }

  /** An eholdings resource written into the tables, lendable with a million copies; its id. */
  private static String lendableWithManyCopies() {
    String resource;
    try (Checks db = new Checks()) {
      long provider = db.rows("INSERT INTO " + schema() + ".providers (name, jsonb) VALUES ('P', '{}') RETURNING id")
          .iterator().next().getLong(0);
      long pkg = db.rows("INSERT INTO " + schema() + ".packages (provider_id, name, content_type, is_custom, jsonb)"
          + " VALUES ($1, 'K', 'E-Book', false, '{\"packageType\":\"Complete\"}') RETURNING id", provider).iterator().next().getLong(0);
      long title = db.rows("INSERT INTO " + schema() + ".titles (name, publication_type, is_custom, jsonb)"
          + " VALUES ('T', 'Book', false, '{\"name\":\"T\",\"publicationType\":\"Book\"}') RETURNING id").iterator().next().getLong(0);
      db.rows("INSERT INTO " + schema() + ".resources (package_id, title_id, provider_id, is_selected, jsonb)"
          + " VALUES ($1, $2, $3, true, '{\"url\":\"https://example.com/t\"}')", pkg, title, provider);
      resource = provider + "-" + pkg + "-" + title;
    }
    HttpResponse<String> put = send("PUT", "/econtent/lendables/" + resource, "{\"licenseModel\":\"one-copy-one-user\","
        + "\"copies\":1000000,\"mediaType\":\"ebook\",\"formats\":[{\"type\":\"epub\",\"drm\":\"none\"}],"
        + "\"source\":{\"type\":\"local\"}}", Map.of());
    assertEquals(201, put.statusCode(), put.body());
    return resource;
  }

  /** SIGSTOP (or SIGCONT) to the postmaster and every backend: connections stay open, nothing answers. */
  private static void signal(String signal) {
    try {
      long pid = Long.parseLong(Files.readAllLines(dir.resolve("postgres/postmaster.pid")).get(0).trim());
      List<String> command = new ArrayList<>(List.of("kill", "-" + signal, String.valueOf(pid)));
      ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> command.add(String.valueOf(d.pid()))));
      new ProcessBuilder(command).inheritIO().start().waitFor();
    } catch (Exception e) {
      throw new IllegalStateException("kill -" + signal, e);
    }
  }

  private static void freeze() {
    signal("STOP");
  }

  private static void thaw() {
    if (Files.exists(dir.resolve("postgres/postmaster.pid"))) {
      signal("CONT");
    }
  }

  /** A pool of its own for reading what the module left behind. */
  private static final class Checks implements AutoCloseable {
    private final Pool pool = PgBuilder.pool().connectingTo(new PgConnectOptions().setHost("localhost").setPort(dbPort)
        .setDatabase("postgres").setUser("postgres")).using(vertx).build();

    RowSet<Row> rows(String sql, Object... params) {
      return pool.preparedQuery(sql).execute(Tuple.wrap(params)).await();
    }

    @Override
    public void close() {
      pool.close().await();
    }
  }
}

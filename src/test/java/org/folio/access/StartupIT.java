package org.folio.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.folio.access.platform.StartFailure;
import org.folio.access.platform.http.FreePort;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module started as its own process (Main, with the classpath the fat jar bundles): it listens, or it exits
 * non-zero within a bounded time with one FATAL line saying why; SIGTERM stops it gracefully.
 */
class StartupIT {
  private static TestModule shared;

  @BeforeAll
  static void start() {
    shared = TestModule.get(); // a running database whose platform schema is up to date
  }

  private record Run(int exitCode, long millis, String output) {}

  private static ProcessBuilder process(Map<String, String> env, Path log, String... jvmOptions) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1"));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    return pb;
  }

  private static Map<String, String> env(int httpPort, int dbPort) {
    Map<String, String> env = new HashMap<>();
    env.put("HTTP_PORT", String.valueOf(httpPort));
    env.put("DB_HOST", "localhost");
    env.put("DB_PORT", String.valueOf(dbPort));
    env.put("DB_USERNAME", shared.config().dbUser());
    // The embedded database trusts local connections; a password is still required with DB_HOST (no defaults).
    String password = shared.config().dbPassword();
    env.put("DB_PASSWORD", password == null || password.isBlank() ? "trusted-locally" : password);
    env.put("DB_DATABASE", shared.config().dbDatabase());
    env.put("TIMERS_ENABLED", "false");
    env.put("HTTP_INSTANCES", "1");
    return env;
  }

  private static Run runToExit(Map<String, String> env) throws Exception {
    Path log = Files.createTempFile("startup", ".log");
    long start = System.nanoTime();
    Process p = process(env, log).start();
    boolean exited = p.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      p.destroyForcibly();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(exited, "still running after 60 s:\n" + output);
    return new Run(p.exitValue(), millis, output);
  }

  private static List<String> fatalLines(String output) {
    return output.lines().filter(l -> l.contains("FATAL")).toList();
  }

  @Test
  void aPortInUseEndsTheProcessWithOneClearLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(FreePort.find())) {
      Run run = runToExit(env(taken.getLocalPort(), shared.config().dbPort()));
      assertEquals(StartFailure.PORT_IN_USE, run.exitCode(), run.output());
      assertEquals(1, fatalLines(run.output()).size(), run.output());
      assertTrue(fatalLines(run.output()).get(0).contains("port " + taken.getLocalPort() + " is in use"), run.output());
      assertTrue(run.millis() < 30_000, run.millis() + " ms");
      System.out.println("STARTUP FIGURES: port in use -> exit " + run.exitCode() + " after " + run.millis() + " ms");
    }
  }

  @Test
  void anUnreachableDatabaseEndsTheProcessAfterBoundedRetries() throws Exception {
    Map<String, String> env = env(FreePort.find(), FreePort.find());
    env.put("DB_START_TIMEOUT_S", "4");
    Run run = runToExit(env);
    assertEquals(StartFailure.DATABASE_UNREACHABLE, run.exitCode(), run.output());
    assertEquals(1, fatalLines(run.output()).size(), run.output());
    assertTrue(fatalLines(run.output()).get(0).contains("unreachable after"), run.output());
    assertTrue(run.millis() < 30_000, run.millis() + " ms");
    System.out.println("STARTUP FIGURES: database unreachable (4 s of retries) -> exit " + run.exitCode() + " after " + run.millis() + " ms");
  }

  @Test
  void aFailingMigrationEndsTheProcessNamingIt() throws Exception {
    shared.sql("DROP DATABASE IF EXISTS broken");
    shared.sql("CREATE DATABASE broken");
    Map<String, String> env = env(FreePort.find(), shared.config().dbPort());
    env.put("DB_DATABASE", "broken");
    io.vertx.sqlclient.Pool broken = io.vertx.pgclient.PgBuilder.pool().connectingTo(new io.vertx.pgclient.PgConnectOptions()
        .setHost("localhost").setPort(shared.config().dbPort()).setDatabase("broken").setUser(shared.config().dbUser())
        .setPassword(shared.config().dbPassword())).using(shared.vertx()).build();
    try {
      broken.query("CREATE SCHEMA mod_access_services_platform").execute().await();
      broken.query("CREATE TABLE mod_access_services_platform.tenant_job (wrong int)").execute().await();
    } finally {
      broken.close().await();
    }
    Run run = runToExit(env);
    assertEquals(StartFailure.MIGRATION_FAILED, run.exitCode(), run.output());
    assertEquals(1, fatalLines(run.output()).size(), run.output());
    assertTrue(fatalLines(run.output()).get(0).contains("migrations failed"), run.output());
  }

  /** Starts the module, waits until it listens, and returns its log so far; the caller stops it. */
  private static String startUntilListening(Process p, Path log, int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.readString(log).contains("listening on port") && System.nanoTime() < deadline && p.isAlive()) {
      Thread.sleep(200);
    }
    String started = Files.readString(log);
    assertTrue(started.contains("listening on port " + port), started);
    assertEquals(List.of(), started.lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).toList(),
        "a clean start logs no warnings");
    return started;
  }

  @Test
  void withoutTheNativeLibraryTheModuleFallsBackToNioAndServes() throws Exception {
    Path log = Files.createTempFile("startup", ".log");
    int port = FreePort.find();
    // Netty's own switch makes the epoll library unavailable, as on a machine without it
    Process p = process(env(port, shared.config().dbPort()), log, "-Dio.netty.transport.noNative=true").start();
    try {
      String started = startUntilListening(p, log, port);
      assertTrue(started.contains("Network transport: nio (native transport unavailable: "), started);
      HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + port + "/admin/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode(), health.body());
    } finally {
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  @Test
  void sigtermStopsTheModuleGracefully() throws Exception {
    Path log = Files.createTempFile("startup", ".log");
    int port = FreePort.find();
    Process p = process(env(port, shared.config().dbPort()), log).start();
    String started = startUntilListening(p, log, port);
    assertTrue(started.contains("Network transport: "), started);
    long start = System.nanoTime();
    p.destroy(); // SIGTERM
    boolean exited = p.waitFor(30, TimeUnit.SECONDS);
    long millis = (System.nanoTime() - start) / 1_000_000;
    String output = Files.readString(log);
    if (!exited) {
      p.destroyForcibly();
    }
    assertTrue(exited, "SIGTERM did not stop it within 30 s:\n" + output);
    assertEquals(143, p.exitValue(), output);
    assertTrue(output.contains("mod-access-services stopped"), output);
    assertTrue(fatalLines(output).isEmpty(), output);
    System.out.println("STARTUP FIGURES: SIGTERM -> stopped after " + millis + " ms");
  }
}

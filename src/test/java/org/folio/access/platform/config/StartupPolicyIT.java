package org.folio.access.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starts the module's Main in a JVM of its own, as an operator does, and reads what it says and how it ends. */
class StartupPolicyIT {

  private record Outcome(int status, String output) {}

  private static Outcome start(Map<String, String> settings) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "org.folio.access.Main").redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("DB_") || name.equals("HTTP_PORT"));
    builder.environment().put("HTTP_PORT", "0");
    builder.environment().putAll(settings);
    Process process = builder.start();
    boolean ended = process.waitFor(30, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(ended, "still running after 30 s: " + output);
    return new Outcome(process.exitValue(), output);
  }

  @Test
  void withDbHostAndNoCredentialsTheStartFailsFastWithOneClearLine() throws Exception {
    long begun = System.nanoTime();
    Outcome outcome = start(Map.of("DB_HOST", "localhost", "DB_PASSWORD", ""));
    long seconds = (System.nanoTime() - begun) / 1_000_000_000;
    assertEquals(2, outcome.status(), outcome.output());
    List<String> lines = outcome.output().lines().filter(l -> !l.isBlank()).toList();
    assertEquals(1, lines.size(), outcome.output());
    assertTrue(lines.get(0).contains("FATAL") && lines.get(0).contains("Configuration error: DB_USERNAME and DB_PASSWORD"
        + " are required with DB_HOST (missing: DB_USERNAME, DB_PASSWORD); there are no default credentials"), lines.get(0));
    assertTrue(seconds < 15, "took " + seconds + " s");
  }

  @Test
  void aContainerThatForbidsTheEmbeddedDatabaseNeedsDbHost() throws Exception {
    Outcome outcome = start(Map.of("DB_EMBEDDED", "false"));
    assertEquals(2, outcome.status(), outcome.output());
    assertTrue(outcome.output().contains("Configuration error: DB_HOST is required: DB_EMBEDDED=false forbids"
        + " the embedded PostgreSQL"), outcome.output());
    assertFalse(outcome.output().contains("EMBEDDED PostgreSQL"), outcome.output());
  }
}

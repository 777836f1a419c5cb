package org.folio.access.platform.db;

import java.util.Map;

/**
 * How long the module waits for its database before it answers 503 instead (milliseconds): to open a connection,
 * to get one from the pool, and for the health probe's `SELECT 1`. From DB_CONNECT_TIMEOUT_MS,
 * DB_ACQUIRE_TIMEOUT_MS and DB_PROBE_TIMEOUT_MS; DB_START_TIMEOUT_S bounds the retries at start.
 */
public record DbTimeouts(int connectMs, int acquireMs, int probeMs, int startSeconds) {
  public static DbTimeouts from(Map<String, String> env) {
    return new DbTimeouts(number(env, "DB_CONNECT_TIMEOUT_MS", 3000), number(env, "DB_ACQUIRE_TIMEOUT_MS", 5000),
        number(env, "DB_PROBE_TIMEOUT_MS", 2000), number(env, "DB_START_TIMEOUT_S", 30));
  }

  private static int number(Map<String, String> env, String key, int fallback) {
    String value = env.get(key);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}

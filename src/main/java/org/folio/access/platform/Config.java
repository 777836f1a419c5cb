package org.folio.access.platform;

import java.util.Map;

/** Module settings from the environment (and -Dhttp.port), with the defaults the README lists. */
public record Config(int httpPort, String dbHost, int dbPort, String dbUser, String dbPassword, String dbDatabase,
    int dbMaxPoolSize, int dbQueryTimeoutMs, String dataDir, long bodyLimitBytes, long uploadLimitBytes, boolean timersEnabled, int httpInstances) {

  public static Config from(Map<String, String> env) {
    String port = System.getProperty("http.port", env.getOrDefault("HTTP_PORT", "8081"));
    return new Config(Integer.parseInt(port),
        blankToNull(env.get("DB_HOST")),
        Integer.parseInt(env.getOrDefault("DB_PORT", "0")),
        env.getOrDefault("DB_USERNAME", "postgres"),
        env.getOrDefault("DB_PASSWORD", ""),
        env.getOrDefault("DB_DATABASE", "postgres"),
        Integer.parseInt(env.getOrDefault("DB_MAXPOOLSIZE", "8")),
        Integer.parseInt(env.getOrDefault("DB_QUERYTIMEOUT", "60000")),
        env.getOrDefault("DATA_DIR", "./data"),
        megabytes(env.getOrDefault("BODY_LIMIT_MB", "10")),
        megabytes(env.getOrDefault("UPLOAD_LIMIT_MB", "2048")),
        Boolean.parseBoolean(env.getOrDefault("TIMERS_ENABLED", "true")),
        Integer.parseInt(env.getOrDefault("HTTP_INSTANCES", String.valueOf(Runtime.getRuntime().availableProcessors()))));
  }

  public boolean embeddedDatabase() {
    return dbHost == null;
  }

  public Config withHttpPort(int port) {
    return new Config(port, dbHost, dbPort, dbUser, dbPassword, dbDatabase, dbMaxPoolSize, dbQueryTimeoutMs, dataDir,
        bodyLimitBytes, uploadLimitBytes, timersEnabled, httpInstances);
  }

  public Config withUploadLimitBytes(long limit) {
    return new Config(httpPort, dbHost, dbPort, dbUser, dbPassword, dbDatabase, dbMaxPoolSize, dbQueryTimeoutMs, dataDir,
        bodyLimitBytes, limit, timersEnabled, httpInstances);
  }

  public Config withDatabase(String host, int port) {
    return new Config(httpPort, host, port, dbUser, dbPassword, dbDatabase, dbMaxPoolSize, dbQueryTimeoutMs, dataDir,
        bodyLimitBytes, uploadLimitBytes, timersEnabled, httpInstances);
  }

  private static long megabytes(String value) {
    return Long.parseLong(value) * 1024 * 1024;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

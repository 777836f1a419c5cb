package org.folio.access.platform;

import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Module settings from the environment (and -Dhttp.port), with the defaults the README lists. There are no
 * default credentials: with DB_HOST set, DB_USERNAME and DB_PASSWORD are required. Without DB_HOST the module
 * starts its own embedded PostgreSQL (local superuser, no password), unless DB_EMBEDDED=false forbids it, as
 * the container image does.
 */
public record Config(int httpPort, String dbHost, int dbPort, String dbUser, String dbPassword, String dbDatabase,
    int dbMaxPoolSize, int dbQueryTimeoutMs, String dataDir, long bodyLimitBytes, long uploadLimitBytes, boolean timersEnabled,
    int httpInstances, boolean nativeTransport, int outboxRetentionDays, int jobConcurrency, ContentStoreConfig contentStore) {
  private static final Logger LOG = LogManager.getLogger(Config.class);
  /** Every environment variable the module reads (the descriptor's env block documents each). */
  public static final List<String> VARIABLES = java.util.stream.Stream.concat(java.util.stream.Stream.of("HTTP_PORT", "DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD",
      "DB_DATABASE", "DB_MAXPOOLSIZE", "DB_QUERYTIMEOUT", "DB_EMBEDDED", "DATA_DIR", "HTTP_INSTANCES", "NATIVE_TRANSPORT",
      "TIMERS_ENABLED",
      "BODY_LIMIT_MB", "UPLOAD_LIMIT_MB", "OUTBOX_RETENTION_DAYS", "JOB_CONCURRENCY", "LOG_LEVEL", "ACCESS_LOG_LEVEL"),
      ContentStoreConfig.VARIABLES.stream()).toList();
  /** The superuser of the embedded server, reachable only from this machine; never used with DB_HOST. */
  static final String EMBEDDED_USER = "postgres";
  /** The most connections one background job holds at once (a KBART merge: its own and two batches'). */
  static final int JOB_CONNECTIONS = 3;

  /** A setting that cannot be used; its message is the one line the operator reads. */
  public static final class ConfigException extends IllegalArgumentException {
    public ConfigException(String message) {
      super(message);
    }
  }

  /** The settings, or a ConfigException naming the variable that is missing or malformed. */
  public static Config from(Map<String, String> env) {
    String dbHost = blankToNull(env.get("DB_HOST"));
    String user = blankToNull(env.get("DB_USERNAME"));
    String password = env.get("DB_PASSWORD");
    if (dbHost == null && !bool(env, "DB_EMBEDDED", true)) {
      throw new ConfigException("DB_HOST is required: DB_EMBEDDED=false forbids the embedded PostgreSQL");
    }
    if (dbHost != null && (user == null || password == null || password.isEmpty())) {
      throw new ConfigException("DB_USERNAME and DB_PASSWORD are required with DB_HOST (missing: "
          + (user == null ? "DB_USERNAME" : "") + (user == null && (password == null || password.isEmpty()) ? ", " : "")
          + (password == null || password.isEmpty() ? "DB_PASSWORD" : "") + "); there are no default credentials");
    }
    String port = System.getProperty("http.port", env.getOrDefault("HTTP_PORT", "8081"));
    int poolSize = number(env, "DB_MAXPOOLSIZE", 8, 1, 1000);
    return new Config(number("HTTP_PORT", port, 0, 65535),
        dbHost,
        number(env, "DB_PORT", dbHost == null ? 0 : 5432, 0, 65535),
        dbHost == null ? EMBEDDED_USER : user,
        dbHost == null ? "" : password,
        env.getOrDefault("DB_DATABASE", "postgres"),
        poolSize,
        number(env, "DB_QUERYTIMEOUT", 60000, 0, Integer.MAX_VALUE),
        env.getOrDefault("DATA_DIR", "./data"),
        number(env, "BODY_LIMIT_MB", 10, 1, 1024) * 1024L * 1024,
        number(env, "UPLOAD_LIMIT_MB", 2048, 1, 1024 * 1024) * 1024L * 1024,
        bool(env, "TIMERS_ENABLED", true),
        number(env, "HTTP_INSTANCES", Runtime.getRuntime().availableProcessors(), 1, 1024),
        bool(env, "NATIVE_TRANSPORT", true),
        number(env, "OUTBOX_RETENTION_DAYS", 30, 1, 36500),
        jobConcurrency(env, poolSize),
        ContentStoreConfig.from(env, env.getOrDefault("DATA_DIR", "./data")));
  }

  /**
   * Background jobs run at once (JOB_CONCURRENCY): each may hold up to JOB_CONNECTIONS of the pool's connections (a
   * KBART merge: its own and two batches'), and one is left for requests. Default 2, fewer when the pool is small.
   */
  private static int jobConcurrency(Map<String, String> env, int poolSize) {
    int most = Math.max(1, (poolSize - 1) / JOB_CONNECTIONS);
    int jobs = number(env, "JOB_CONCURRENCY", Math.min(2, most), 1, 64);
    if (jobs > most) {
      throw new ConfigException("JOB_CONCURRENCY=" + jobs + " needs DB_MAXPOOLSIZE of at least " + (jobs * JOB_CONNECTIONS + 1)
          + ", not " + poolSize + " (a running job uses up to " + JOB_CONNECTIONS + " connections; one is left for requests)");
    }
    return jobs;
  }

  /**
   * For Main: the settings with their masked summary logged, or one FATAL line naming what is wrong and exit
   * status 2 (no stack trace: the message is the whole story).
   */
  public static Config fromEnvironmentOrExit(Map<String, String> env) {
    try {
      Config config = from(env);
      LOG.info("Configuration: {}", config.summary());
      return config;
    } catch (ConfigException e) {
      LOG.fatal("Configuration error: {}", e.getMessage());
      LogManager.shutdown();
      Runtime.getRuntime().halt(2);
      throw e;
    }
  }

  /** Every setting on one line, the password masked; safe to log. */
  public String summary() {
    return "HTTP_PORT=" + httpPort
        + " DB_HOST=" + (dbHost == null ? "(embedded PostgreSQL)" : dbHost)
        + " DB_PORT=" + (dbPort == 0 ? "(free port)" : dbPort)
        + " DB_DATABASE=" + dbDatabase
        + " DB_USERNAME=" + dbUser
        + " DB_PASSWORD=" + (dbPassword.isEmpty() ? "(none)" : "********")
        + " DB_MAXPOOLSIZE=" + dbMaxPoolSize
        + " DB_QUERYTIMEOUT=" + dbQueryTimeoutMs
        + " DATA_DIR=" + dataDir
        + " HTTP_INSTANCES=" + httpInstances
        + " NATIVE_TRANSPORT=" + nativeTransport
        + " TIMERS_ENABLED=" + timersEnabled
        + " BODY_LIMIT_MB=" + bodyLimitBytes / (1024 * 1024)
        + " UPLOAD_LIMIT_MB=" + uploadLimitBytes / (1024 * 1024)
        + " OUTBOX_RETENTION_DAYS=" + outboxRetentionDays
        + " JOB_CONCURRENCY=" + jobConcurrency
        + " " + contentStore.summary();
  }

  @Override
  public String toString() {
    return "Config[" + summary() + "]";
  }

  public boolean embeddedDatabase() {
    return dbHost == null;
  }

  public Config withHttpPort(int port) {
    return new Config(port, dbHost, dbPort, dbUser, dbPassword, dbDatabase, dbMaxPoolSize, dbQueryTimeoutMs, dataDir,
        bodyLimitBytes, uploadLimitBytes, timersEnabled, httpInstances, nativeTransport, outboxRetentionDays, jobConcurrency, contentStore);
  }

  public Config withUploadLimitBytes(long limit) {
    return new Config(httpPort, dbHost, dbPort, dbUser, dbPassword, dbDatabase, dbMaxPoolSize, dbQueryTimeoutMs, dataDir,
        bodyLimitBytes, limit, timersEnabled, httpInstances, nativeTransport, outboxRetentionDays, jobConcurrency, contentStore);
  }

  public Config withDatabase(String host, int port) {
    return new Config(httpPort, host, port, dbUser, dbPassword, dbDatabase, dbMaxPoolSize, dbQueryTimeoutMs, dataDir,
        bodyLimitBytes, uploadLimitBytes, timersEnabled, httpInstances, nativeTransport, outboxRetentionDays, jobConcurrency, contentStore);
  }

  public Config withContentStore(ContentStoreConfig store) {
    return new Config(httpPort, dbHost, dbPort, dbUser, dbPassword, dbDatabase, dbMaxPoolSize, dbQueryTimeoutMs, dataDir,
        bodyLimitBytes, uploadLimitBytes, timersEnabled, httpInstances, nativeTransport, outboxRetentionDays, jobConcurrency, store);
  }

  static int number(Map<String, String> env, String name, int fallback, int min, int max) {
    String value = blankToNull(env.get(name));
    return value == null ? fallback : number(name, value, min, max);
  }

  private static int number(String name, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the range
    }
    throw new ConfigException(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
  }

  static boolean bool(Map<String, String> env, String name, boolean fallback) {
    String value = blankToNull(env.get(name));
    if (value == null) {
      return fallback;
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new ConfigException(name + " must be true or false, not '" + value + "'");
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

package org.folio.access.support;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.folio.access.Main;
import org.folio.access.Module;
import org.folio.access.platform.Config;
import org.folio.access.platform.db.EmbeddedDatabase;

/**
 * The module under test, started once per JVM on a real HTTP port and a real PostgreSQL: the one the
 * DB_* variables name, or an embedded one in a fresh folder. Tests talk to it only over HTTP; `sql` is
 * for asserting what the database holds.
 */
public final class TestModule {
  public static final String TENANT = "diku";
  private static TestModule instance;
  private final Vertx vertx;
  private final Module module;
  private final Config config;
  private final Pool checkPool;

  private TestModule(Vertx vertx, Module module, Config config) {
    this.vertx = vertx;
    this.module = module;
    this.config = config;
    this.checkPool = PgBuilder.pool().connectingTo(new PgConnectOptions().setHost(config.dbHost()).setPort(config.dbPort())
        .setDatabase(config.dbDatabase()).setUser(config.dbUser()).setPassword(config.dbPassword())).using(vertx).build();
  }

  public static synchronized TestModule get() {
    if (instance == null) {
      instance = start();
      TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
    }
    return instance;
  }

  private static TestModule start() {
    try {
      Map<String, String> env = new HashMap<>(System.getenv());
      env.put("BODY_LIMIT_MB", "1");
      env.put("TIMERS_ENABLED", "false");
      Config config = Config.from(env).withHttpPort(0);
      if (config.embeddedDatabase()) {
        Path dir = Files.createTempDirectory("mod-access-services-test");
        EmbeddedDatabase pg = EmbeddedDatabase.start(dir.toString(), 0);
        Runtime.getRuntime().addShutdownHook(new Thread(pg::close));
        config = config.withDatabase("localhost", pg.port());
      }
      Vertx vertx = Main.createVertx(config.httpInstances(), config.nativeTransport());
      Module module = Module.start(vertx, config).await();
      RestAssured.port = module.port();
      RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
      return new TestModule(vertx, module, config);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Vertx vertx() {
    return vertx;
  }

  public Config config() {
    return config;
  }

  public int port() {
    return module.port();
  }

  /** A request as a gateway sends it for the tenant. */
  public static RequestSpecification as(String tenant) {
    get();
    return RestAssured.given().spec(new RequestSpecBuilder().addHeader("X-Okapi-Tenant", tenant)
        .addHeader("X-Okapi-Url", "http://localhost:9130").setContentType(ContentType.JSON).build());
  }

  /** Reads the database directly, to check what a request left behind. */
  public RowSet<Row> sql(String query, Object... params) {
    return checkPool.preparedQuery(query).execute(Tuple.wrap(params)).await();
  }

  public boolean schemaExists(String schema) {
    return sql("SELECT 1 FROM pg_namespace WHERE nspname = $1", schema).size() == 1;
  }
}

package org.folio.access;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.platform.Config;
import org.folio.access.platform.db.EmbeddedDatabase;

/** java -jar mod-access-services-fat.jar: embedded PostgreSQL when no DB_HOST, then the module. */
public final class Main {
  private static final Logger LOG = LogManager.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    Config config = Config.fromEnvironmentOrExit(System.getenv());
    EmbeddedDatabase embedded = null;
    if (config.embeddedDatabase()) {
      embedded = EmbeddedDatabase.start(config.dataDir(), config.dbPort());
      config = config.withDatabase("localhost", embedded.port());
    }
    Vertx vertx = createVertx();
    EmbeddedDatabase database = embedded;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      vertx.close().await();
      if (database != null) {
        database.close();
      }
    }));
    int port = config.httpPort();
    Module.start(vertx, config)
        .onSuccess(m -> LOG.info("mod-access-services listening on port {}", m.port()))
        .onFailure(e -> {
          LOG.fatal("mod-access-services failed to start on port {}", port, e);
          System.exit(1);
        });
  }

  /** Vert.x with Prometheus metrics, scraped at /admin/metrics. */
  public static Vertx createVertx() {
    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions()
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true))
        .setEnabled(true);
    return Vertx.builder().with(new VertxOptions().setMetricsOptions(metrics))
        .withMetrics(new MicrometerMetricsFactory()).build();
  }
}

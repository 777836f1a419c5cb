package org.folio.access;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxInternal;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.platform.Config;
import org.folio.access.platform.StartFailure;
import org.folio.access.platform.db.EmbeddedDatabase;

/**
 * java -jar mod-access-services-fat.jar: embedded PostgreSQL when no DB_HOST, then the module. Start-up either
 * listens or exits non-zero with one FATAL line saying why (exit code 3 database unreachable, 4 migration failed,
 * 5 port in use, 1 anything else); SIGTERM stops it gracefully. The waiting is done here on the main thread, never
 * on an event loop, so that exiting cannot deadlock with the shutdown hook.
 */
public final class Main {
  private static final Logger LOG = LogManager.getLogger(Main.class);
  private static final long STOP_SECONDS = 30;

  private Main() {}

  public static void main(String[] args) {
    Config config = Config.fromEnvironmentOrExit(System.getenv());
    AtomicReference<EmbeddedDatabase> embedded = new AtomicReference<>();
    AtomicReference<Module> started = new AtomicReference<>();
    Vertx vertx = createVertx(config.httpInstances(), config.nativeTransport());
    LOG.info("Network transport: {}", transport(vertx, config.nativeTransport()));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(vertx, started.get(), embedded.get()), "shutdown"));
    try {
      if (config.embeddedDatabase()) {
        embedded.set(startEmbedded(config));
        config = config.withDatabase("localhost", embedded.get().port());
      }
      Module module = Module.start(vertx, config).await();
      started.set(module);
      LOG.info("mod-access-services listening on port {}", module.port());
    } catch (StartFailure e) {
      exit(e.exitCode(), e.getMessage());
    } catch (RuntimeException e) {
      exit(StartFailure.OTHER, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static EmbeddedDatabase startEmbedded(Config config) {
    try {
      return EmbeddedDatabase.start(config.dataDir(), config.dbPort());
    } catch (RuntimeException e) {
      throw new StartFailure(StartFailure.DATABASE_UNREACHABLE, "the embedded database did not start in "
          + config.dataDir() + ": " + e.getMessage(), e);
    }
  }

  private static void exit(int code, String why) {
    LOG.fatal("mod-access-services did not start: {} (exit code {})", why, code);
    System.exit(code);
  }

  /** The shutdown hook: graceful stop of the module, then Vert.x and the embedded database, each bounded in time. */
  private static void stop(Vertx vertx, Module module, EmbeddedDatabase database) {
    try {
      if (module != null) {
        LOG.info("mod-access-services stopping: finishing requests in flight");
        module.stop().await(STOP_SECONDS, TimeUnit.SECONDS);
      }
      vertx.close().await(STOP_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("mod-access-services did not stop cleanly: {}", e.toString());
    } finally {
      if (database != null) {
        database.close();
      }
      LOG.info("mod-access-services stopped");
      LogManager.shutdown();
    }
  }

  /**
   * Vert.x with Prometheus metrics (scraped at /admin/metrics) and one event loop per HTTP verticle
   * (HTTP_INSTANCES), not Vert.x's default of two per core. A pooled database connection lives on the event loop
   * of the context that opened it: with loops that no HTTP verticle uses, the connections opened by start-up,
   * timers and jobs stayed there, and every statement a request sent on one crossed to that loop and back, waking
   * a third thread. With as many loops as HTTP verticles, each connection shares a thread with requests, and with
   * HTTP_INSTANCES=1 one thread does all of a request's work. With nativeTransport (NATIVE_TRANSPORT) the sockets
   * use Netty's epoll transport where its library loads (Linux x86-64), fewer system calls per request than Java's
   * NIO; elsewhere Vert.x falls back to NIO by itself.
   */
  public static Vertx createVertx(int eventLoops, boolean nativeTransport) {
    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions()
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true))
        .setEnabled(true);
    VertxOptions options = new VertxOptions().setEventLoopPoolSize(eventLoops).setPreferNativeTransport(nativeTransport)
        .setMetricsOptions(metrics);
    return Vertx.builder().with(options).withMetrics(new MicrometerMetricsFactory()).build();
  }

  /** For the start-up log: "epoll", "nio" or "nio (native transport unavailable: why)". */
  static String transport(Vertx vertx, boolean nativeTransport) {
    String name = ((VertxInternal) vertx).transport().getClass().getSimpleName().replace("Transport", "")
        .toLowerCase(Locale.ROOT);
    Throwable why = vertx.unavailableNativeTransportCause();
    return nativeTransport && !vertx.isNativeTransportEnabled() && why != null
        ? name + " (native transport unavailable: " + why + ")" : name;
  }
}

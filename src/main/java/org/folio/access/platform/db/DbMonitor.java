package org.folio.access.platform.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Watches the database with a `SELECT 1` a second on a connection of its own, bounded by the probe timeout. While
 * it does not answer, requests are refused at once with 503 (no request waits on a database that is gone), and
 * those in flight when it went away are answered 503 too. Recovery is seen by the next probe that succeeds.
 */
public final class DbMonitor {
  private static final Logger LOG = LogManager.getLogger(DbMonitor.class);
  private final Vertx vertx;
  private final PgConnectOptions options;
  private final int probeMs;
  private final List<Consumer<String>> outageListeners = new CopyOnWriteArrayList<>();
  private volatile String outage;
  private long outageSince;
  private PgConnection connection;
  private boolean probing;
  private long timer = -1;
  private io.vertx.core.Context context;

  DbMonitor(Vertx vertx, PgConnectOptions options, int probeMs) {
    this.vertx = vertx;
    this.options = options;
    this.probeMs = probeMs;
  }

  public void start() {
    context = vertx.getOrCreateContext();
    context.runOnContext(x -> timer = vertx.setPeriodic(1000, id -> probe()));
  }

  public void stop() {
    if (context != null) {
      context.runOnContext(x -> {
        vertx.cancelTimer(timer);
        if (connection != null) {
          connection.close();
        }
      });
    }
  }

  /** The outage now ("connection refused", "not answering in time"), or null when the database answers. */
  public String outage() {
    return outage;
  }

  /** Called (on the monitor's context) with the kind each time the database goes from answering to not. */
  public void onOutage(Consumer<String> listener) {
    outageListeners.add(listener);
  }

  /** A request met what looks like an outage: probe now rather than at the next tick. */
  public void report() {
    if (context != null) {
      context.runOnContext(x -> probe());
    }
  }

  private void probe() {
    if (probing) {
      return;
    }
    probing = true;
    (connection != null ? io.vertx.core.Future.succeededFuture(connection) : PgConnection.connect(vertx, options))
        .compose(conn -> {
          connection = conn;
          return conn.query("SELECT 1").execute();
        })
        .timeout(probeMs, TimeUnit.MILLISECONDS)
        .onComplete(x -> {
          probing = false;
          up();
        }, e -> {
          probing = false;
          if (connection != null) {
            connection.close();
            connection = null;
          }
          String kind = DbOutages.kind(e);
          down(kind == null ? "probe failed: " + e.getClass().getSimpleName() : kind);
        });
  }

  private void up() {
    if (outage != null) {
      LOG.warn("The database answers again after {} ms; serving requests", (System.nanoTime() - outageSince) / 1_000_000);
      outage = null;
    }
  }

  private void down(String kind) {
    if (outage == null) {
      outageSince = System.nanoTime();
      outage = kind;
      LOG.error("The database is unavailable ({}); answering 503 {} until it answers again", kind, DbOutages.CODE);
      outageListeners.forEach(l -> l.accept(kind));
    }
  }
}

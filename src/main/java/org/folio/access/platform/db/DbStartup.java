package org.folio.access.platform.db;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.platform.StartFailure;

/** Waits at start for the database to answer, retrying with backoff (0.5 s doubling to 8 s) up to a bounded time. */
public final class DbStartup {
  private static final Logger LOG = LogManager.getLogger(DbStartup.class);

  private DbStartup() {}

  public static Future<Void> awaitDatabase(Vertx vertx, Db db, String where, int seconds) {
    Promise<Void> done = Promise.promise();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    attempt(vertx, db, where, deadline, 1, 500, done);
    return done.future();
  }

  private static void attempt(Vertx vertx, Db db, String where, long deadline, int n, long backoffMs, Promise<Void> done) {
    db.pool().query("SELECT 1").execute().timeout(5, TimeUnit.SECONDS).onComplete(x -> done.complete(), e -> {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        done.fail(new StartFailure(StartFailure.DATABASE_UNREACHABLE, "the database at " + where + " is unreachable after "
            + n + " attempts: " + e.getMessage(), e));
        return;
      }
      if (n == 1) {
        LOG.warn("The database at {} does not answer yet ({}); retrying for up to {} s", where, e.getMessage(), left / 1000);
      }
      vertx.setTimer(Math.min(backoffMs, left), t -> attempt(vertx, db, where, deadline, n + 1, Math.min(backoffMs * 2, 8000), done));
    });
  }
}

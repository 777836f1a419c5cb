package org.folio.access.circulation.timers;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Function;
import org.folio.access.platform.db.Db;

/**
 * Runs timer work one record per transaction: each step claims a record (FOR UPDATE SKIP LOCKED, so
 * instances share the work) and handles it, answering false when none was left. Stops after a run's share.
 */
final class OneByOne {
  static final int MAX_PER_RUN = 1000;

  private OneByOne() {}

  /** How many records the steps handled. */
  static Future<Integer> drain(Db db, Function<SqlConnection, Future<Boolean>> step) {
    return next(db, step, 0);
  }

  private static Future<Integer> next(Db db, Function<SqlConnection, Future<Boolean>> step, int done) {
    if (done >= MAX_PER_RUN) {
      return Future.succeededFuture(done);
    }
    return db.inTransaction(step).compose(handled -> handled ? next(db, step, done + 1) : Future.succeededFuture(done));
  }
}

package org.folio.access.platform.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Function;

/**
 * A transaction that costs no round trip of its own: BEGIN is sent with the work's first statements (the
 * connection pipelines them; the server runs them in order) and the work may send COMMIT with its last ones
 * ({@link #commit}). Otherwise it is committed when the work's Future succeeds and rolled back when it fails,
 * before the connection goes back to the pool.
 */
public final class Pipelined {
  private final SqlConnection conn;
  private Future<Void> commit;

  private Pipelined(SqlConnection conn) {
    this.conn = conn;
  }

  public SqlConnection conn() {
    return conn;
  }

  /**
   * Sends COMMIT now, right behind the statements already sent, without waiting for their answers. If one of
   * them failed, the server has ended the transaction without writing anything (its COMMIT then rolls back) and
   * that statement's Future carries the failure.
   */
  public Future<Void> commit() {
    if (commit == null) {
      commit = conn.query("COMMIT").execute().mapEmpty();
    }
    return commit;
  }

  static <T> Future<T> run(Pool pool, Function<Pipelined, Future<T>> work) {
    return pool.getConnection().compose(conn -> {
      Pipelined tx = new Pipelined(conn);
      Future<Void> begun = conn.query("BEGIN").execute().mapEmpty();
      Future<T> done;
      try {
        done = work.apply(tx);
      } catch (RuntimeException e) {
        done = Future.failedFuture(e);
      }
      return done
          .compose(result -> begun.compose(x -> tx.commit()).map(result),
              failure -> (tx.commit != null ? tx.commit.<Void>mapEmpty().otherwiseEmpty()
                  : conn.query("ROLLBACK").execute().<Void>mapEmpty().otherwiseEmpty())
                  .compose(x -> Future.<T>failedFuture(failure)))
          .onComplete(x -> conn.close());
    });
  }
}

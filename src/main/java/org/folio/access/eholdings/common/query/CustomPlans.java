package org.folio.access.eholdings.common.query;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Function;
import org.folio.access.platform.db.Db;

/**
 * Runs searches with plans made for their actual values. The pool caches prepared statements, and after a few
 * executions PostgreSQL may switch a cached statement to a generic plan; for a LIKE over a trigram index the
 * generic plan cannot tell a rare word from a common one and may scan the whole table (seen: 2 s instead of
 * 25 ms at a million titles). SET LOCAL keeps the setting to this transaction.
 */
public final class CustomPlans {
  private CustomPlans() {}

  public static <T> Future<T> run(Db db, Function<SqlConnection, Future<T>> work) {
    return db.inTransaction(conn -> conn.query("SET LOCAL plan_cache_mode = force_custom_plan").execute()
        .compose(x -> work.apply(conn)));
  }
}

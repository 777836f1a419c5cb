package org.folio.access.platform.db;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import java.util.Map;
import java.util.function.Function;
import org.folio.access.platform.Config;

/** The module's connection pool; every tenant's schema is named in the SQL, never by session state. */
public final class Db {
  private final Pool pool;

  private Db(Pool pool) {
    this.pool = pool;
  }

  /** The longest statement text kept prepared per connection. */
  static final int PREPARED_STATEMENT_SQL_LIMIT = 16_384;

  public static Db connect(Vertx vertx, Config config) {
    PgConnectOptions connect = new PgConnectOptions()
        .setHost(config.dbHost())
        .setPort(config.dbPort())
        .setDatabase(config.dbDatabase())
        .setUser(config.dbUser())
        .setPassword(config.dbPassword())
        .setCachePreparedStatements(true)
        .setPreparedStatementCacheMaxSize(512)
        // Cached up to this length (the default, 2,048 characters, left the module's longer statements, such as a
        // resource's one-statement read and the title search tiers, to be parsed and planned anew on every request).
        .setPreparedStatementCacheSqlLimit(PREPARED_STATEMENT_SQL_LIMIT)
        .setProperties(Map.of("statement_timeout", String.valueOf(config.dbQueryTimeoutMs()),
            "application_name", "mod-access-services"));
    PoolOptions options = new PoolOptions().setMaxSize(config.dbMaxPoolSize()).setMaxWaitQueueSize(2000);
    return new Db(PgBuilder.pool().with(options).connectingTo(connect).using(vertx).build());
  }

  public Pool pool() {
    return pool;
  }

  /** Runs the work in one transaction: committed when its Future succeeds, rolled back otherwise. */
  public <T> Future<T> inTransaction(Function<SqlConnection, Future<T>> work) {
    return pool.withTransaction(work);
  }

  public Future<Void> close() {
    return pool.close();
  }
}

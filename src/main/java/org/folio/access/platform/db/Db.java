package org.folio.access.platform.db;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.folio.access.platform.Config;

/**
 * The module's connection pool; every tenant's schema is named in the SQL, never by session state. Opening a
 * connection and waiting for one from the pool are bounded (DbTimeouts), and a monitor watches the database so
 * that an outage is answered with 503 at once.
 */
public final class Db {
  private final Pool pool;
  private final DbMonitor monitor;

  private Db(Pool pool, DbMonitor monitor) {
    this.pool = pool;
    this.monitor = monitor;
  }

  /** The longest statement text kept prepared per connection. */
  static final int PREPARED_STATEMENT_SQL_LIMIT = 16_384;

  public static Db connect(Vertx vertx, Config config) {
    return connect(vertx, config, DbTimeouts.from(System.getenv()));
  }

  public static Db connect(Vertx vertx, Config config, DbTimeouts timeouts) {
    PgConnectOptions connect = options(config);
    PoolOptions options = new PoolOptions().setMaxSize(config.dbMaxPoolSize()).setMaxWaitQueueSize(2000)
        .setConnectionTimeout(timeouts.acquireMs()).setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
    Pool pool = PgBuilder.pool().with(options).with(new NetClientOptions().setConnectTimeout(timeouts.connectMs()))
        .connectingTo(connect).using(vertx).build();
    return new Db(pool, new DbMonitor(vertx, options(config).setReconnectAttempts(0), timeouts.probeMs()));
  }

  private static PgConnectOptions options(Config config) {
    return new PgConnectOptions()
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
  }

  public Pool pool() {
    return pool;
  }

  public DbMonitor monitor() {
    return monitor;
  }

  /** Runs the work in one transaction: committed when its Future succeeds, rolled back otherwise. */
  public <T> Future<T> inTransaction(Function<SqlConnection, Future<T>> work) {
    return pool.withTransaction(work);
  }

  /** Like inTransaction, with BEGIN and (through Pipelined.commit) COMMIT sent along with the work's statements. */
  public <T> Future<T> inPipelinedTransaction(Function<Pipelined, Future<T>> work) {
    return Pipelined.run(pool, work);
  }

  public Future<Void> close() {
    monitor.stop();
    return pool.close();
  }
}

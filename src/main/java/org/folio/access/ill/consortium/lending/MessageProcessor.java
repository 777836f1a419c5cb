package org.folio.access.ill.consortium.lending;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.SqlClient;
import org.folio.access.ill.consortium.exchange.ConsortiumExchange;
import org.folio.access.ill.consortium.exchange.Message;
import org.folio.access.platform.db.Db;

/**
 * Applies the messages other members sent the tenant, one per transaction: claim (FOR UPDATE SKIP LOCKED, only a
 * request's next message) -> open this side when it is a new request -> record it here (once: its (request, seq) is
 * the primary key) -> its effects -> mark it delivered. Safe with several instances: a message is claimed by one,
 * and a request's later message waits until the earlier one is delivered.
 */
public final class MessageProcessor {
  /** At most this many messages per run, so that other tenants get their turn. */
  static final int RUN_LIMIT = 1000;
  private final Db db;
  private final ConsortiumExchange exchange;
  private final SideRepository sides;
  private final SideEffects effects;

  public MessageProcessor(Db db, ConsortiumExchange exchange, SideRepository sides, SideEffects effects) {
    this.db = db;
    this.exchange = exchange;
    this.sides = sides;
    this.effects = effects;
  }

  /** Applies pending messages until none is left (or RUN_LIMIT); how many were applied. */
  public Future<Integer> run(String tenant) {
    Promise<Integer> done = Promise.promise();
    next(tenant, 0, done);
    return done.future();
  }

  private void next(String tenant, int applied, Promise<Integer> done) {
    if (applied >= RUN_LIMIT) {
      done.complete(applied);
      return;
    }
    db.inTransaction(conn -> exchange.incoming(conn, tenant, 1).compose(claimed -> claimed.isEmpty()
            ? Future.succeededFuture(false)
            : apply(conn, tenant, claimed.get(0)).compose(x -> exchange.delivered(conn, claimed.get(0))).map(true)))
        .onFailure(done::fail)
        .onSuccess(any -> {
          if (any) {
            next(tenant, applied + 1, done);
          } else {
            done.complete(applied);
          }
        });
  }

  private Future<Void> apply(SqlClient conn, String tenant, Message m) {
    Future<Void> opened = "request".equals(m.action())
        ? sides.open(conn, tenant, m.request(), Message.LENDER, null) : Future.succeededFuture();
    return opened.compose(x -> sides.record(conn, tenant, m)).compose(recorded -> !recorded ? Future.succeededFuture()
        : sides.find(conn, tenant, m.request().id()).compose(side -> effects.delivered(conn, tenant, side.orElseThrow(), m)));
  }
}

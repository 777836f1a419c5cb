package org.folio.access.ill.consortium.agreements;

import io.vertx.core.Future;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.folio.access.circulation.Ids;
import org.folio.access.ill.consortium.exchange.ConsortiumExchange;
import org.folio.access.ill.consortium.exchange.ConsortiumView;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;

/**
 * Consortium agreements between tenants: create (the creator accepted, the others invited), invite, accept, leave.
 * A tenant that is not invited or a member gets 404 for everything, as for an id that does not exist.
 */
public final class ConsortiaService {
  private final Db db;
  private final ConsortiumExchange exchange;

  public ConsortiaService(Db db, ConsortiumExchange exchange) {
    this.db = db;
    this.exchange = exchange;
  }

  public Future<ConsortiumView> create(String tenant, String name, List<String> members) {
    List<String> invitees = List.copyOf(new LinkedHashSet<>(members == null ? List.of() : members));
    if (invitees.contains(tenant)) {
      return Future.failedFuture(ApiError.invalid("members", tenant, "members must not name the creating tenant itself"));
    }
    if (name == null || name.isBlank()) {
      return Future.failedFuture(ApiError.invalid("name", String.valueOf(name), "name must not be blank"));
    }
    return db.inTransaction(conn -> exchange.create(conn, tenant, name.trim(), invitees)).compose(id -> get(tenant, id.toString()));
  }

  public Future<List<ConsortiumView>> list(String tenant) {
    return exchange.consortia(db.pool(), tenant);
  }

  public Future<ConsortiumView> get(String tenant, String consortiumId) {
    return withId(consortiumId, id -> exchange.consortium(db.pool(), tenant, id)
        .compose(c -> c.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(notFound(consortiumId)))));
  }

  public Future<ConsortiumView> invite(String tenant, String consortiumId, String invitee) {
    return withId(consortiumId, id -> db.inTransaction(conn -> exchange.invite(conn, tenant, id, invitee)))
        .compose(x -> get(tenant, consortiumId));
  }

  public Future<ConsortiumView> accept(String tenant, String consortiumId) {
    return withId(consortiumId, id -> db.inTransaction(conn -> exchange.accept(conn, tenant, id))).compose(x -> get(tenant, consortiumId));
  }

  public Future<Void> leave(String tenant, String consortiumId) {
    return withId(consortiumId, id -> db.inTransaction(conn -> exchange.leave(conn, tenant, id)));
  }

  /** A consortium id that is no UUID names no consortium: 404 like any other. */
  private static <T> Future<T> withId(String consortiumId, java.util.function.Function<UUID, Future<T>> work) {
    UUID id = Ids.uuid(consortiumId);
    return id == null ? Future.failedFuture(notFound(consortiumId)) : work.apply(id);
  }

  static ApiError notFound(String id) {
    return ApiError.notFound("No consortium " + id);
  }
}

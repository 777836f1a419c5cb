package org.folio.access.ill.consortium.lending;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.folio.access.circulation.Ids;
import org.folio.access.ill.consortium.exchange.ConsortiumExchange;
import org.folio.access.ill.consortium.exchange.SharedRequest;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.IllLendingMessagePost;

/**
 * A side's staff move a consortium request: lockThisSide -> lockAgreedRequest -> refuseWhenNotAllowed -> send
 * (agreed state and the message to the other side) -> record here -> effects (the lender's item, the borrower's
 * transaction note, the reserved copy), all in one transaction.
 */
public final class LendingService {
  private final Db db;
  private final ConsortiumExchange exchange;
  private final SideRepository sides;
  private final SideEffects effects;

  public LendingService(Db db, ConsortiumExchange exchange, SideRepository sides, SideEffects effects) {
    this.db = db;
    this.exchange = exchange;
    this.sides = sides;
    this.effects = effects;
  }

  public Future<JsonObject> get(String tenant, String role, String requestId) {
    UUID id = Ids.uuid(requestId);
    if (id == null) {
      return Future.failedFuture(notFound(requestId));
    }
    return sides.document(db.pool(), tenant, id, role)
        .compose(doc -> doc.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(notFound(requestId))));
  }

  public Future<SideRepository.Page> page(String tenant, String role, String state, long offset, long limit) {
    return sides.page(db.pool(), tenant, role, state, offset, limit);
  }

  public Future<JsonObject> act(String tenant, String role, String requestId, IllLendingMessagePost post) {
    UUID id = Ids.uuid(requestId);
    if (id == null) {
      return Future.failedFuture(notFound(requestId));
    }
    String action = post.getAction().value();
    OffsetDateTime due;
    try {
      due = dueDate(action, post.getDueDate());
      requireReason(action, post.getReason());
    } catch (ApiError e) {
      return Future.failedFuture(e);
    }
    return db.inTransaction(conn -> sides.lock(conn, tenant, id, role).compose(side -> side.isEmpty()
            ? Future.failedFuture(notFound(requestId))
            : exchange.lock(conn, tenant, id).compose(shared -> move(conn, tenant, role, side.get(), shared.orElseThrow(), action,
                post, due))))
        .compose(x -> get(tenant, role, requestId));
  }

  private Future<Void> move(SqlConnection conn, String tenant, String role, SideRepository.Side side, SharedRequest shared,
      String action, IllLendingMessagePost post, OffsetDateTime due) {
    String to = LendingMoves.next(role, action, shared.state()).orElse(null);
    if (to == null) {
      return Future.failedFuture(new ApiError(422, "INVALID_LENDING_MOVE", "A " + role + " cannot send " + action
          + " while the request is " + shared.state(), java.util.List.of(new ApiError.ErrorParameter("action", action))));
    }
    return exchange.send(conn, tenant, shared, action, to, post.getReason(), due, post.getNote())
        .compose(m -> sides.record(conn, tenant, m).compose(x -> effects.ownMove(conn, tenant, side, m)));
  }

  private static OffsetDateTime dueDate(String action, String due) {
    if ("shipped".equals(action) && (due == null || due.isBlank())) {
      throw ApiError.invalid("dueDate", "", "dueDate is required with shipped");
    }
    try {
      return due == null || due.isBlank() ? null : OffsetDateTime.parse(due).withOffsetSameInstant(java.time.ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw ApiError.invalid("dueDate", due, "dueDate must be a date-time with offset, e.g. 2027-01-15T23:59:59Z");
    }
  }

  private static void requireReason(String action, String reason) {
    if (("unfilled".equals(action)) && (reason == null || reason.isBlank())) {
      throw ApiError.invalid("reason", "", "reason is required with unfilled");
    }
  }

  static ApiError notFound(String id) {
    return ApiError.notFound("No consortium request " + id);
  }

}

package org.folio.access.ill.consortium.exchange;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.platform.errors.ApiError;

/**
 * The consortium exchange: the one API through which anything crosses tenants. It owns the tables of the shared
 * schema (agreements, the published holdings index, lending requests and their messages) and no other code touches
 * them; it never reads a tenant schema. Every call names the calling tenant and answers only what that tenant may
 * see: a tenant that is not (or no longer) an accepted member learns nothing, not even that a consortium exists.
 * Calls take the caller's connection, so that a tenant's own change and its message commit together.
 */
public final class ConsortiumExchange {
  private final Agreements agreements = new Agreements();
  private final HoldingsIndex holdings = new HoldingsIndex();
  private final SharedRequests requests = new SharedRequests();

  // Agreements

  public Future<UUID> create(SqlClient conn, String tenant, String name, List<String> invitees) {
    return agreements.create(conn, tenant, name, invitees);
  }

  /** The consortium if the tenant is invited to it or an accepted member; empty otherwise. */
  public Future<Optional<ConsortiumView>> consortium(SqlClient conn, String tenant, UUID id) {
    return agreements.view(conn, tenant, id);
  }

  public Future<List<ConsortiumView>> consortia(SqlClient conn, String tenant) {
    return agreements.list(conn, tenant);
  }

  /** An accepted member invites a tenant; 404 for anyone else. */
  public Future<Void> invite(SqlClient conn, String tenant, UUID id, String invitee) {
    return agreements.lockState(conn, tenant, id).compose(state -> "accepted".equals(state.orElse(null))
        ? agreements.invite(conn, id, invitee) : Future.failedFuture(notFound(id)));
  }

  /** The tenant accepts its invitation (again: nothing changes); 404 when it has none. */
  public Future<Void> accept(SqlClient conn, String tenant, UUID id) {
    return agreements.lockState(conn, tenant, id).compose(state -> state.isEmpty() ? Future.failedFuture(notFound(id))
        : agreements.setState(conn, tenant, id, "accepted"));
  }

  /** The tenant leaves (or declines); 404 when it is not invited or a member. */
  public Future<Void> leave(SqlClient conn, String tenant, UUID id) {
    return agreements.lockState(conn, tenant, id).compose(state -> state.isEmpty() ? Future.failedFuture(notFound(id))
        : agreements.setState(conn, tenant, id, "left"));
  }

  // The published holdings index

  public Future<Void> publish(SqlClient conn, String tenant, List<PublishedItem> items) {
    return holdings.publish(conn, tenant, items);
  }

  public Future<Void> withdraw(SqlClient conn, String tenant, List<String> itemIds) {
    return holdings.withdraw(conn, tenant, itemIds);
  }

  public Future<Integer> publishedCount(SqlClient conn, String tenant) {
    return holdings.count(conn, tenant);
  }

  /** FindItem over the published holdings of the tenant's accepted partners (itself only for availableLocally). */
  public Future<FindAnswer> find(SqlClient conn, String tenant, FindQuery query) {
    return holdings.find(conn, tenant, query);
  }

  /** One holding, if its member is an accepted partner of the tenant (or the tenant itself). */
  public Future<Optional<JsonObject>> holding(SqlClient conn, String tenant, UUID id) {
    return holdings.holding(conn, tenant, id);
  }

  // Lending requests and their messages

  /**
   * RequestItem: reserves a copy at the first lender of the list that still has one free and opens a lending
   * request there (state requested, message 1 sent to the lender); the lenders after it are its rota. Empty when
   * no lender has a copy left.
   */
  public Future<Optional<Message>> open(SqlClient conn, String borrower, List<String> lenders, FindQuery query, String note) {
    if (lenders.isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    String lender = lenders.get(0);
    List<String> rest = lenders.subList(1, lenders.size());
    UUID id = UUID.randomUUID();
    return holdings.reserve(conn, borrower, lender, query, id).compose(reserved -> reserved.isEmpty()
        ? open(conn, borrower, rest, query, note)
        : agreements.shared(conn, borrower, lender).compose(consortium -> {
          SharedRequest r = new SharedRequest(id, consortium.orElseThrow(), borrower, lender, reserved.get().holdingId(),
              reserved.get().itemId(), reserved.get().title(), "requested", null, null, List.copyOf(rest), 1);
          Message m = new Message(0, r, 1, Message.BORROWER, "request", "requested", null, null, note, now());
          return requests.insert(conn, r).compose(x -> requests.send(conn, m, borrower, lender)).map(Optional.of(m));
        }));
  }

  /** The request, locked until the caller's transaction ends, if the tenant is one of its sides. */
  public Future<Optional<SharedRequest>> lock(SqlClient conn, String tenant, UUID id) {
    return requests.lock(conn, tenant, id);
  }

  /** One move by the tenant's side of a locked request: the agreed state moves and the message goes to the other side. */
  public Future<Message> send(SqlClient conn, String tenant, SharedRequest locked, String action, String state, String reason,
      OffsetDateTime dueDate, String note) {
    OffsetDateTime due = dueDate == null ? locked.dueDate() : dueDate;
    SharedRequest after = new SharedRequest(locked.id(), locked.consortiumId(), locked.borrower(), locked.lender(),
        locked.holdingId(), locked.itemId(), locked.title(), state, reason == null ? locked.reason() : reason, due, locked.rota(),
        locked.seq() + 1);
    Message m = new Message(0, after, after.seq(), after.roleOf(tenant), action, state, reason, dueDate, note, now());
    return requests.update(conn, after).compose(x -> requests.send(conn, m, tenant, after.partnerOf(tenant))).map(m);
  }

  /** Frees the copy a request held (unfilled, cancelled, complete). */
  public Future<Void> release(SqlClient conn, UUID requestId) {
    return holdings.release(conn, requestId);
  }

  /** Messages for the tenant to apply now, in order per request; each stays locked until the transaction ends. */
  public Future<List<Message>> incoming(SqlClient conn, String tenant, int limit) {
    return requests.claim(conn, tenant, limit);
  }

  /** Marks a delivered message applied, in the transaction that applied it. */
  public Future<Void> delivered(SqlClient conn, Message m) {
    return requests.processed(conn, m.id());
  }

  static ApiError notFound(UUID id) {
    return ApiError.notFound("No consortium " + id);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}

package org.folio.access.ill.consortium.lending;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.ill.consortium.exchange.Message;
import org.folio.access.ill.consortium.exchange.SharedRequest;
import org.folio.access.platform.db.Schemas;

/** ill_consortium_requests and ill_consortium_messages: this tenant's side of its consortium requests. */
public final class SideRepository {
  /** This side's row of a request. */
  public record Side(UUID id, String role, UUID transactionId, String itemId, String state, int lastSeq) {}

  /** A page of request documents. */
  public record Page(List<JsonObject> requests, long total) {}

  /** Records this side of a new request (nothing when it is recorded already). */
  public Future<Void> open(SqlClient conn, String tenant, SharedRequest r, String role, UUID transactionId) {
    return conn.preparedQuery("INSERT INTO " + requests(tenant) + " (id, role, consortium_id, partner, transaction_id, item_id,"
            + " title, state, last_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, 'requested', 1) ON CONFLICT (id) DO NOTHING")
        .execute(Tuple.from(new Object[] {r.id(), role, r.consortiumId(), Message.BORROWER.equals(role) ? r.lender() : r.borrower(),
            transactionId, Message.LENDER.equals(role) ? r.itemId() : null, r.title()}))
        .mapEmpty();
  }

  /** Records the message here; false when it was recorded before (so its effects are not repeated). */
  public Future<Boolean> record(SqlClient conn, String tenant, Message m) {
    return conn.preparedQuery("INSERT INTO " + messages(tenant) + " (request_id, seq, action, sender, state, reason, due_date, note,"
            + " sent_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (request_id, seq) DO NOTHING")
        .execute(Tuple.from(new Object[] {m.request().id(), m.seq(), m.action(), m.senderRole(), m.state(), m.reason(), m.dueDate(),
            m.note(), m.sentAt()}))
        .compose(rows -> rows.rowCount() == 1
            ? apply(conn, tenant, m).map(true)
            : Future.succeededFuture(false));
  }

  /** This side's state follows a message only when it is newer than the last one applied here. */
  private Future<Void> apply(SqlClient conn, String tenant, Message m) {
    return conn.preparedQuery("UPDATE " + requests(tenant) + " SET state = $2, reason = coalesce($3, reason),"
            + " due_date = coalesce($4, due_date), last_seq = $5, updated_at = now() WHERE id = $1 AND last_seq < $5")
        .execute(Tuple.of(m.request().id(), m.state(), m.reason(), m.dueDate(), m.seq())).mapEmpty();
  }

  /** This side's row, locked, if the tenant has the request in this role. */
  public Future<Optional<Side>> lock(SqlClient conn, String tenant, UUID id, String role) {
    return conn.preparedQuery("SELECT id, role, transaction_id, item_id, state, last_seq FROM " + requests(tenant)
            + " WHERE id = $1 AND role = $2 FOR UPDATE")
        .execute(Tuple.of(id, role))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(side(rows.iterator().next())));
  }

  public Future<Optional<Side>> find(SqlClient conn, String tenant, UUID id) {
    return conn.preparedQuery("SELECT id, role, transaction_id, item_id, state, last_seq FROM " + requests(tenant) + " WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(side(rows.iterator().next())));
  }

  public Future<Optional<JsonObject>> document(SqlClient conn, String tenant, UUID id, String role) {
    return conn.preparedQuery("SELECT " + Schemas.table(tenant, "ill_consortium_request_doc") + "(r)::text AS doc FROM "
            + requests(tenant) + " r WHERE r.id = $1 AND r.role = $2")
        .execute(Tuple.of(id, role))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(new JsonObject(rows.iterator().next().getString("doc"))));
  }

  public Future<Page> page(SqlClient conn, String tenant, String role, String state, long offset, long limit) {
    String where = " WHERE r.role = $1 AND ($2::text IS NULL OR r.state = $2)";
    return conn.preparedQuery("SELECT " + Schemas.table(tenant, "ill_consortium_request_doc") + "(r)::text AS doc, count(*) OVER () AS total"
            + " FROM " + requests(tenant) + " r" + where + " ORDER BY r.created_at DESC, r.id OFFSET $3 LIMIT $4")
        .execute(Tuple.of(role, state, offset, limit))
        .compose(rows -> {
          List<JsonObject> docs = new ArrayList<>();
          long total = 0;
          for (Row row : rows) {
            docs.add(new JsonObject(row.getString("doc")));
            total = row.getLong("total");
          }
          if (!docs.isEmpty() || offset == 0) {
            return Future.succeededFuture(new Page(docs, total));
          }
          return conn.preparedQuery("SELECT count(*) FROM " + requests(tenant) + " r" + where)
              .execute(Tuple.of(role, state)).map(c -> new Page(docs, c.iterator().next().getLong(0)));
        });
  }

  private static Side side(Row r) {
    return new Side(r.getUUID("id"), r.getString("role"), r.getUUID("transaction_id"), r.getString("item_id"), r.getString("state"),
        r.getInteger("last_seq"));
  }

  private static String requests(String tenant) {
    return Schemas.table(tenant, "ill_consortium_requests");
  }

  private static String messages(String tenant) {
    return Schemas.table(tenant, "ill_consortium_messages");
  }
}

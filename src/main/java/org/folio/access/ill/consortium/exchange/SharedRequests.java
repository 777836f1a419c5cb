package org.folio.access.ill.consortium.exchange;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/** SQL of consortium_request (the agreed state, changed under its row lock) and consortium_message (delivery). */
final class SharedRequests {
  private static final String R = Schemas.PLATFORM + ".consortium_request";
  private static final String M = Schemas.PLATFORM + ".consortium_message";
  private static final String REQUEST = "r.id, r.consortium_id, r.borrower, r.lender, r.holding_id, r.item_id, r.title, r.state,"
      + " r.reason, r.due_date, r.rota, r.seq";

  Future<Void> insert(SqlClient conn, SharedRequest r) {
    return conn.preparedQuery("INSERT INTO " + R + " (id, consortium_id, borrower, lender, holding_id, item_id, title, state, reason,"
            + " due_date, rota, seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)")
        .execute(Tuple.from(new Object[] {r.id(), r.consortiumId(), r.borrower(), r.lender(), r.holdingId(), r.itemId(), r.title(),
            r.state(), r.reason(), r.dueDate(), r.rota().toArray(String[]::new), r.seq()}))
        .mapEmpty();
  }

  /** The request locked for a move, if the tenant is one of its sides. */
  Future<Optional<SharedRequest>> lock(SqlClient conn, String tenant, UUID id) {
    return conn.preparedQuery("SELECT " + REQUEST + " FROM " + R + " r WHERE r.id = $1 AND $2 IN (r.borrower, r.lender) FOR UPDATE")
        .execute(Tuple.of(id, tenant))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(request(rows.iterator().next())));
  }

  Future<Void> update(SqlClient conn, SharedRequest r) {
    return conn.preparedQuery("UPDATE " + R + " SET state = $2, reason = $3, due_date = $4, seq = $5, updated_at = now() WHERE id = $1")
        .execute(Tuple.of(r.id(), r.state(), r.reason(), r.dueDate(), r.seq())).mapEmpty();
  }

  /** Queues the message for the other side; (request, seq) is unique, so a move can never be sent twice. */
  Future<Void> send(SqlClient conn, Message m, String sender, String recipient) {
    return conn.preparedQuery("INSERT INTO " + M + " (request_id, seq, sender, recipient, action, state, reason, due_date, note, created_at)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
        .execute(Tuple.from(new Object[] {m.request().id(), m.seq(), sender, recipient, m.action(), m.state(), m.reason(),
            m.dueDate(), m.note(), m.sentAt()}))
        .mapEmpty();
  }

  /**
   * Claims messages for the recipient that no other instance holds and whose earlier messages (of the same request,
   * to the same recipient) are all processed: so each request's messages are applied in order, one at a time.
   */
  Future<List<Message>> claim(SqlClient conn, String recipient, int limit) {
    return conn.preparedQuery("SELECT m.id AS message_id, m.seq AS message_seq, m.sender, m.action, m.state AS message_state,"
            + " m.reason AS message_reason, m.due_date AS message_due, m.note, m.created_at, " + REQUEST
            + " FROM " + M + " m JOIN " + R + " r ON r.id = m.request_id WHERE m.recipient = $1 AND m.processed_at IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM " + M + " p WHERE p.request_id = m.request_id AND p.recipient = m.recipient"
            + " AND p.seq < m.seq AND p.processed_at IS NULL) ORDER BY m.id LIMIT $2 FOR UPDATE OF m SKIP LOCKED")
        .execute(Tuple.of(recipient, limit)).map(rows -> {
          List<Message> all = new ArrayList<>();
          for (Row row : rows) {
            SharedRequest r = request(row);
            all.add(new Message(row.getLong("message_id"), r, row.getInteger("message_seq"), r.roleOf(row.getString("sender")),
                row.getString("action"), row.getString("message_state"), row.getString("message_reason"),
                row.getOffsetDateTime("message_due"), row.getString("note"), row.getOffsetDateTime("created_at")));
          }
          return all;
        });
  }

  Future<Void> processed(SqlClient conn, long messageId) {
    return conn.preparedQuery("UPDATE " + M + " SET processed_at = clock_timestamp() WHERE id = $1 AND processed_at IS NULL")
        .execute(Tuple.of(messageId)).mapEmpty();
  }

  private static SharedRequest request(Row r) {
    return new SharedRequest(r.getUUID("id"), r.getUUID("consortium_id"), r.getString("borrower"), r.getString("lender"),
        r.getUUID("holding_id"), r.getString("item_id"), r.getString("title"), r.getString("state"), r.getString("reason"),
        r.getOffsetDateTime("due_date"), Arrays.asList(r.getArrayOfStrings("rota")), r.getInteger("seq"));
  }
}

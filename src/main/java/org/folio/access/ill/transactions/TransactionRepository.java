package org.folio.access.ill.transactions;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.platform.cql.CqlField;
import org.folio.access.platform.cql.CqlFields;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.IllTransaction;

/**
 * ill_transactions, including the routing claims: a lease (routing_owner, routing_lease) taken with FOR UPDATE
 * SKIP LOCKED, and request_started_at, committed before a broker request is sent.
 */
public final class TransactionRepository {
  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.uuid("id", "id"),
      CqlField.number("transactionNumber", "transaction_number"),
      CqlField.text("queue", "queue"),
      CqlField.text("requestType", "request_type"),
      CqlField.text("documentType", "document_type"),
      CqlField.text("title", "title"),
      CqlField.text("author", "author"),
      CqlField.uuid("patronId", "patron_id"),
      CqlField.text("externalNumber", "external_number"),
      CqlField.text("brokerRequestNumber", "broker_request_number"),
      CqlField.text("isbn", "isbn_text"),
      CqlField.text("issn", "issn_text"),
      CqlField.dateTime("createdDate", "created_at"),
      CqlField.dateTime("updatedDate", "updated_at")).withDefault("title");
  private static final String FIELDS_SQL = "request_type, document_type, title, author, loan_date, article_date,"
      + " journal_title, article_title, article_author, volume, issue, pages, isbns, issns, patron_id, patron,"
      + " pickup_location, external_number";
  private static final String CLAIMED = "t.id, t.queue, t.broker_request_number, t.request_started_at, ";

  /** A transaction whose row is locked: its queue and whether a routing lease runs now. */
  public record Locked(UUID id, String queue, boolean beingRouted) {}

  /** A transaction claimed for routing, with its document as the routing engine reads it. */
  public record Claimed(UUID id, String queue, String brokerRequestNumber, boolean requestStarted, JsonObject document) {}

  public Future<JsonObject> insert(SqlClient client, String tenant, UUID id, IllTransaction t, String queue, UUID by) {
    return client.preparedQuery("INSERT INTO " + table(tenant) + " AS t (id, queue, created_by, " + FIELDS_SQL + ")"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19" + Jsonb.CAST
            + ", $20, $21) RETURNING " + doc(tenant))
        .execute(fields(Tuple.of(id, queue, by), t))
        .map(TransactionRepository::document);
  }

  public Future<JsonObject> update(SqlClient client, String tenant, UUID id, IllTransaction t) {
    return client.preparedQuery("UPDATE " + table(tenant) + " AS t SET (" + FIELDS_SQL + ", updated_at) ="
            + " ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17" + Jsonb.CAST + ", $18, $19, now())"
            + " WHERE id = $1 RETURNING " + doc(tenant))
        .execute(fields(Tuple.of(id), t))
        .map(TransactionRepository::document);
  }

  public Future<Optional<JsonObject>> find(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + doc(tenant) + " FROM " + table(tenant) + " t WHERE id = $1")
        .execute(Tuple.of(id)).map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(document(rows)));
  }

  /** The row locked until the transaction ends. */
  public Future<Optional<Locked>> lock(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT id, queue, coalesce(routing_lease > now(), false) AS routing FROM " + table(tenant)
            + " WHERE id = $1 FOR UPDATE")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(new Locked(id,
            rows.iterator().next().getString("queue"), rows.iterator().next().getBoolean("routing"))));
  }

  public Future<Void> touch(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET updated_at = now() WHERE id = $1")
        .execute(Tuple.of(id)).mapEmpty();
  }

  public Future<Void> setQueue(SqlClient client, String tenant, UUID id, String queue) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET queue = $2, updated_at = now() WHERE id = $1")
        .execute(Tuple.of(id, queue)).mapEmpty();
  }

  public Future<CqlCollection.Page> page(SqlClient client, String tenant, String cql, long offset, long limit) {
    return collection(tenant).fetch(client, cql, offset, limit);
  }

  public Future<CqlCollection.Page> pageOfQueue(SqlClient client, String tenant, String queue, long offset, long limit) {
    return collection(tenant).fetch(client, null, offset, limit, "queue", queue);
  }

  /** Queue name -> how many transactions it holds, by name. */
  public Future<List<QueueCount>> queueCounts(SqlClient client, String tenant) {
    return client.preparedQuery("SELECT queue, count(*) AS n FROM " + table(tenant) + " GROUP BY queue ORDER BY queue")
        .execute().map(rows -> {
          List<QueueCount> counts = new ArrayList<>();
          rows.forEach(r -> counts.add(new QueueCount(r.getString("queue"), r.getLong("n"))));
          return counts;
        });
  }

  /** How many transactions one queue holds. */
  public record QueueCount(String queue, long count) {}

  /**
   * Claims up to `limit` transactions of the queue that nobody routes now (no lease, or an expired one): other
   * instances skip the rows while this statement holds them, and the lease keeps them away afterwards.
   */
  public Future<List<Claimed>> claimFromQueue(SqlClient client, String tenant, String queue, UUID owner, long leaseSeconds, int limit) {
    return client.preparedQuery("UPDATE " + table(tenant) + " AS t SET routing_owner = $1,"
            + " routing_lease = now() + make_interval(secs => $2) WHERE t.id IN (SELECT id FROM " + table(tenant)
            + "   WHERE queue = $3 AND (routing_lease IS NULL OR routing_lease < now())"
            + "   ORDER BY created_at, id LIMIT $4 FOR UPDATE SKIP LOCKED)"
            + " RETURNING " + CLAIMED + doc(tenant))
        .execute(Tuple.of(owner, (double) leaseSeconds, queue, limit)).map(TransactionRepository::claimed);
  }

  /** Claims one transaction whatever its queue, unless somebody routes it now. */
  public Future<List<Claimed>> claimOne(SqlClient client, String tenant, UUID id, UUID owner, long leaseSeconds) {
    return client.preparedQuery("UPDATE " + table(tenant) + " AS t SET routing_owner = $1,"
            + " routing_lease = now() + make_interval(secs => $2) WHERE t.id = (SELECT id FROM " + table(tenant)
            + "   WHERE id = $3 AND (routing_lease IS NULL OR routing_lease < now()) FOR UPDATE SKIP LOCKED)"
            + " RETURNING " + CLAIMED + doc(tenant))
        .execute(Tuple.of(owner, (double) leaseSeconds, id)).map(TransactionRepository::claimed);
  }

  /**
   * Records, committed before the call, that a broker request is about to be sent; false when the lease
   * was lost (then the request must not be sent).
   */
  public Future<Boolean> startRequest(SqlClient client, String tenant, UUID id, UUID owner) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET request_started_at = now()"
            + " WHERE id = $1 AND routing_owner = $2 AND routing_lease > now() AND request_started_at IS NULL")
        .execute(Tuple.of(id, owner)).map(rows -> rows.rowCount() == 1);
  }

  /** Locks the row if this owner still holds it; the queue it is in then. */
  public Future<Optional<String>> lockOwned(SqlClient client, String tenant, UUID id, UUID owner) {
    return client.preparedQuery("SELECT queue FROM " + table(tenant) + " WHERE id = $1 AND routing_owner = $2 FOR UPDATE")
        .execute(Tuple.of(id, owner))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("queue")));
  }

  /** The routing outcome: the new queue, the broker's number if any, the lease and the request mark cleared. */
  public Future<Void> finishRouting(SqlClient client, String tenant, UUID id, String queue, String requestNumber) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET queue = $2,"
            + " broker_request_number = coalesce($3, broker_request_number), routing_owner = NULL, routing_lease = NULL,"
            + " request_started_at = NULL, updated_at = now() WHERE id = $1")
        .execute(Tuple.of(id, queue, requestNumber)).mapEmpty();
  }

  /** Gives a claim back untouched (routing could not start, e.g. the settings could not be read). */
  public Future<Void> release(SqlClient client, String tenant, UUID id, UUID owner) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET routing_owner = NULL, routing_lease = NULL"
            + " WHERE id = $1 AND routing_owner = $2 AND request_started_at IS NULL")
        .execute(Tuple.of(id, owner)).mapEmpty();
  }

  private static CqlCollection collection(String tenant) {
    return new CqlCollection(Schemas.table(tenant, "ill_transaction_view"), FIELDS, "created_at, id");
  }

  private static Tuple fields(Tuple head, IllTransaction t) {
    return head.addString(t.getRequestType().value()).addString(t.getDocumentType()).addString(t.getTitle())
        .addString(t.getAuthor()).addString(t.getLoanDate()).addString(t.getArticleDate()).addString(t.getJournalTitle())
        .addString(t.getArticleTitle()).addString(t.getArticleAuthor()).addString(t.getVolume()).addString(t.getIssue())
        .addString(t.getPages()).addArrayOfString(TransactionRules.isbns(t).toArray(String[]::new))
        .addArrayOfString(TransactionRules.issns(t).toArray(String[]::new)).addUUID(UUID.fromString(t.getPatron().getId()))
        .addString(Json.encode(t.getPatron())).addString(t.getPickupLocation()).addString(t.getExternalNumber());
  }

  private static List<Claimed> claimed(RowSet<Row> rows) {
    List<Claimed> list = new ArrayList<>();
    rows.forEach(r -> list.add(new Claimed(r.getUUID("id"), r.getString("queue"), r.getString("broker_request_number"),
        r.getOffsetDateTime("request_started_at") != null, new JsonObject(r.getString("doc")))));
    return list;
  }

  private static JsonObject document(RowSet<Row> rows) {
    return new JsonObject(rows.iterator().next().getString("doc"));
  }

  static String table(String tenant) {
    return Schemas.table(tenant, "ill_transactions");
  }

  static String doc(String tenant) {
    return Schemas.table(tenant, "ill_transaction_doc") + "(t)::text AS doc";
  }
}

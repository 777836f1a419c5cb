package org.folio.access.circulation.holds;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.Document;
import org.folio.access.circulation.Rows;
import org.folio.access.circulation.privacy.ClosedRecords;
import org.folio.access.platform.cql.CqlField;
import org.folio.access.platform.cql.CqlFields;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Schemas;

/**
 * econtent_holds. The queue of a lendable is its waiting holds in queue_seq order; at most one waiting or
 * ready hold per patron and lendable (a partial unique index). Documents carry the position, computed.
 */
public final class HoldRepository {
  private static final String ROW = "id, resource_id, patron_id, status";
  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.uuid("id", "id"),
      CqlField.uuid("patronId", "patron_id"),
      CqlField.keyword("resourceId", "resource_id"),
      CqlField.keyword("status", "status"),
      CqlField.dateTime("requestDate", "request_date"),
      CqlField.dateTime("reservationExpires", "reservation_expires"),
      CqlField.uuid("loanId", "loan_id"));

  /** A new hold: waiting at the end of the queue, ready (a copy reserved for `hours`), or fulfilled by a loan. */
  public Future<Document> insert(SqlClient client, String tenant, UUID id, String resourceId, UUID patron, String status,
      UUID loanId, int hours) {
    return client.preparedQuery("INSERT INTO " + holds(tenant) + " AS h (id, resource_id, patron_id, status, loan_id,"
            + " ready_date, reservation_expires, closed_date) VALUES ($1, $2, $3, $4, $5,"
            + " CASE WHEN $4 = 'ready' THEN now() END, CASE WHEN $4 = 'ready' THEN now() + make_interval(hours => $6) END,"
            + " CASE WHEN $4 = 'fulfilled' THEN now() END) RETURNING " + doc(tenant))
        .execute(Tuple.of(id, resourceId, patron, status, loanId, hours)).map(rows -> Rows.written(rows, id));
  }

  /**
   * The first waiting hold of the lendable, locked. The caller holds the lendable's lock, so no hold joins
   * or leaves the front meanwhile, except a patron's cancellation: a row that changed while we waited for
   * its lock drops out of a LIMIT 1 FOR UPDATE. The same statement counts the waiting holds (as of its
   * start), so an empty answer with holds still waiting means "look again"; usually one round trip.
   */
  public Future<Optional<HoldRow>> lockFirstWaiting(SqlClient client, String tenant, String resourceId) {
    return lockFirstWaiting(client, tenant, "$1", Tuple.of(resourceId));
  }

  /** lockFirstWaiting of the lendable of a loan (so that it may be pipelined with the loan's lock). */
  public Future<Optional<HoldRow>> lockFirstWaitingOfLoan(SqlClient client, String tenant, UUID loanId) {
    return lockFirstWaiting(client, tenant,
        "(SELECT resource_id FROM " + Schemas.table(tenant, "econtent_loans") + " WHERE id = $1)", Tuple.of(loanId));
  }

  private Future<Optional<HoldRow>> lockFirstWaiting(SqlClient client, String tenant, String resource, Tuple param) {
    return client.preparedQuery("WITH first AS (SELECT " + ROW + " FROM " + holds(tenant)
            + " WHERE resource_id = " + resource + " AND status = 'waiting' ORDER BY queue_seq LIMIT 1 FOR UPDATE)"
            + " SELECT first.*, (SELECT count(*) FROM " + holds(tenant) + " WHERE resource_id = " + resource
            + " AND status = 'waiting') AS waiting FROM (SELECT 1) one LEFT JOIN first ON true")
        .execute(param)
        .compose(rows -> {
          Row row = rows.iterator().next();
          if (row.getUUID("id") != null) {
            return Future.succeededFuture(first(rows));
          }
          return row.getLong("waiting") == 0 ? Future.succeededFuture(Optional.<HoldRow>empty())
              : lockFirstWaiting(client, tenant, resource, param);
        });
  }

  public Future<Optional<HoldRow>> lock(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + ROW + " FROM " + holds(tenant) + " WHERE id = $1 FOR UPDATE")
        .execute(Tuple.of(id)).map(HoldRepository::first);
  }

  /** Claims one reservation past its window; other instances skip it while it is claimed. */
  public Future<Optional<HoldRow>> claimExpiredReservation(SqlClient client, String tenant) {
    return client.preparedQuery("SELECT " + ROW + " FROM " + holds(tenant) + " WHERE status = 'ready'"
            + " AND reservation_expires <= now() ORDER BY reservation_expires LIMIT 1 FOR UPDATE SKIP LOCKED")
        .execute().map(HoldRepository::first);
  }

  /** Marks a waiting or ready hold fulfilled by the loan; empty when it was no longer active. */
  public Future<Optional<Document>> fulfil(SqlClient client, String tenant, UUID id, UUID loanId) {
    return client.preparedQuery("UPDATE " + holds(tenant) + " AS h SET status = 'fulfilled', loan_id = $2, closed_date = now()"
            + " WHERE id = $1 AND status IN ('waiting', 'ready') RETURNING " + doc(tenant))
        .execute(Tuple.of(id, loanId))
        .map(rows -> Rows.document(rows, id));
  }

  public Future<Document> reserve(SqlClient client, String tenant, UUID id, int hours) {
    return update(client, tenant, id, "status = 'ready', ready_date = now(),"
        + " reservation_expires = now() + make_interval(hours => $2)", hours);
  }

  /** reason: patron or reservation-expired. */
  public Future<Document> cancel(SqlClient client, String tenant, UUID id, String reason) {
    return update(client, tenant, id, "status = 'cancelled', closed_date = now(), cancellation_reason = $2", reason);
  }

  private Future<Document> update(SqlClient client, String tenant, UUID id, String set, Object value) {
    return client.preparedQuery("UPDATE " + holds(tenant) + " AS h SET " + set + " WHERE id = $1 RETURNING " + doc(tenant))
        .execute(Tuple.of(id, value)).map(rows -> Rows.written(rows, id));
  }

  public Future<Optional<Found>> find(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + ROW + ", " + doc(tenant) + " FROM " + holds(tenant) + " h WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> first(rows).map(row -> new Found(row, new Document(id.toString(), rows.iterator().next().getString("doc")))));
  }

  /** A hold with its document. */
  public record Found(HoldRow hold, Document document) {}

  public Future<Integer> waitingCount(SqlClient client, String tenant, String resourceId) {
    return client.preparedQuery("SELECT count(*) AS n FROM " + holds(tenant) + " WHERE resource_id = $1 AND status = 'waiting'")
        .execute(Tuple.of(resourceId)).map(rows -> rows.iterator().next().getLong("n").intValue());
  }

  /** When the lendable's reserved copies stop waiting for their patrons. */
  public Future<List<OffsetDateTime>> reservationEnds(SqlClient client, String tenant, String resourceId) {
    return client.preparedQuery("SELECT reservation_expires FROM " + holds(tenant)
            + " WHERE resource_id = $1 AND status = 'ready' ORDER BY reservation_expires")
        .execute(Tuple.of(resourceId))
        .map(rows -> Rows.each(rows, r -> r.getOffsetDateTime("reservation_expires")));
  }

  public Future<List<String>> activeOf(SqlClient client, String tenant, UUID patron) {
    return client.preparedQuery("SELECT " + doc(tenant) + " FROM " + holds(tenant) + " h"
            + " WHERE patron_id = $1 AND status IN ('waiting', 'ready') ORDER BY queue_seq")
        .execute(Tuple.of(patron))
        .map(Rows::docs);
  }

  /**
   * Anonymises up to `limit` holds fulfilled or cancelled at least `days` ago (the patron id goes, the facts
   * stay); rows other transactions hold are skipped (SKIP LOCKED), so instances share the work. How many.
   */
  public Future<Integer> anonymizeClosed(SqlClient client, String tenant, int days, int limit) {
    return ClosedRecords.anonymize(client, holds(tenant), "status IN ('fulfilled', 'cancelled')", "closed_date", days, limit);
  }

  /** patron null: every patron's holds. */
  public Future<CqlCollection.Page> page(SqlClient client, String tenant, String cql, long offset, long limit, UUID patron) {
    CqlCollection holds = new CqlCollection(Schemas.table(tenant, "econtent_hold_view"), FIELDS, "queue_seq");
    return patron == null ? holds.fetch(client, cql, offset, limit) : holds.fetch(client, cql, offset, limit, "patron_id", patron);
  }

  static String holds(String tenant) {
    return Schemas.table(tenant, "econtent_holds");
  }

  static String doc(String tenant) {
    return Schemas.table(tenant, "econtent_hold_doc") + "(h)::text AS doc";
  }

  private static Optional<HoldRow> first(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return Optional.empty();
    }
    Row r = rows.iterator().next();
    return Optional.of(new HoldRow(r.getUUID("id"), r.getString("resource_id"), r.getUUID("patron_id"), r.getString("status")));
  }
}

package org.folio.access.circulation.loans;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.CirculationEvents;
import org.folio.access.circulation.Document;
import org.folio.access.circulation.Rows;
import org.folio.access.circulation.lendables.LendableRepository;
import org.folio.access.circulation.privacy.ClosedRecords;
import org.folio.access.platform.cql.CqlField;
import org.folio.access.platform.cql.CqlFields;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Schemas;

/** econtent_loans. At most one open loan per patron and lendable (a partial unique index). */
public final class LoanRepository {
  private static final String ROW = "id, resource_id, patron_id, status, renewal_count";
  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.uuid("id", "id"),
      CqlField.uuid("patronId", "patron_id"),
      CqlField.keyword("resourceId", "resource_id"),
      CqlField.keyword("status", "status"),
      CqlField.dateTime("loanDate", "loan_date"),
      CqlField.dateTime("dueDate", "due_date"),
      CqlField.dateTime("returnDate", "return_date"),
      CqlField.number("renewalCount", "renewal_count"),
      CqlField.uuid("holdId", "hold_id"));

  /**
   * Opens a loan due `days` from now, but never after the licence ends. Returns its document.
   */
  public Future<Document> open(SqlClient client, String tenant, UUID id, String resourceId, UUID patron, int days, UUID holdId) {
    return client.preparedQuery("INSERT INTO " + loans(tenant) + " AS l (id, resource_id, patron_id, due_date, hold_id)"
            + " SELECT $1, $2, $3, LEAST(now() + make_interval(days => $4), le.license_expires), $5"
            + " FROM " + Schemas.table(tenant, "econtent_lendables") + " le WHERE le.resource_id = $2"
            + " RETURNING " + doc(tenant))
        .execute(Tuple.of(id, resourceId, patron, days, holdId))
        .map(rows -> Rows.written(rows, id));
  }

  /**
   * Takes a copy of the lendable, opens the loan (due `days` from now, never after the licence ends) and writes
   * its event, in one statement: the loan's document, or empty when no copy was free (then nothing was written).
   */
  public Future<Optional<Document>> openTakingCopy(SqlClient client, String tenant, UUID id, String resourceId,
      UUID patron, int days) {
    return client.preparedQuery("WITH taken AS (" + LendableRepository.takingCopy(tenant, "$2") + "),"
            + " loan AS (INSERT INTO " + loans(tenant) + " AS l (id, resource_id, patron_id, due_date)"
            + " SELECT $1, $2, $3, LEAST(now() + make_interval(days => $4), taken.license_expires) FROM taken"
            + " RETURNING l.id, " + Schemas.table(tenant, "econtent_loan_doc") + "(l) AS doc),"
            + " event AS (" + CirculationEvents.insertFrom(tenant, CirculationEvents.LOAN_OPENED, "loan", "loan", "$5") + ")"
            + " SELECT doc::text AS doc FROM loan")
        .execute(Tuple.of(id, resourceId, patron, days, tenant))
        .map(rows -> Rows.document(rows, id));
  }

  /**
   * Closes the loan if it is open (and the patron's when `patron` is not null) and writes its event, in one
   * statement: the loan's document, or empty when it closed nothing.
   */
  public Future<Optional<Document>> closeWithEvent(SqlClient client, String tenant, UUID id, String reason, UUID patron) {
    return client.preparedQuery("WITH closed AS (UPDATE " + loans(tenant) + " AS l SET status = 'closed', return_date = now(),"
            + " close_reason = $2 WHERE id = $1 AND status = 'open' AND ($4::uuid IS NULL OR patron_id = $4)"
            + " RETURNING l.id, " + Schemas.table(tenant, "econtent_loan_doc") + "(l) AS doc),"
            + " event AS (" + CirculationEvents.insertFrom(tenant, CirculationEvents.LOAN_CLOSED, "loan", "closed", "$3") + ")"
            + " SELECT doc::text AS doc FROM closed")
        .execute(Tuple.of(id, reason, tenant, patron))
        .map(rows -> Rows.document(rows, id));
  }

  /** The loan, locked until the transaction ends. */
  public Future<Optional<LoanRow>> lock(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + ROW + " FROM " + loans(tenant) + " WHERE id = $1 FOR UPDATE")
        .execute(Tuple.of(id)).map(LoanRepository::first);
  }

  /** The loan and its document. */
  public Future<Optional<Found>> find(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + ROW + ", " + doc(tenant) + " FROM " + loans(tenant) + " l WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> first(rows).map(row -> new Found(row, new Document(id.toString(), rows.iterator().next().getString("doc")))));
  }

  /** A loan with its document. */
  public record Found(LoanRow loan, Document document) {}

  public Future<Document> close(SqlClient client, String tenant, UUID id, String reason) {
    return client.preparedQuery("UPDATE " + loans(tenant) + " AS l SET status = 'closed', return_date = now(), close_reason = $2"
            + " WHERE id = $1 AND status = 'open' RETURNING " + doc(tenant))
        .execute(Tuple.of(id, reason)).map(rows -> Rows.written(rows, id));
  }

  /** Due one loan period from now (never before the old due date, never after the licence ends). */
  public Future<Document> renew(SqlClient client, String tenant, UUID id, int days) {
    return client.preparedQuery("UPDATE " + loans(tenant) + " AS l SET renewal_count = renewal_count + 1,"
            + " due_date = GREATEST(due_date, LEAST(now() + make_interval(days => $2),"
            + "   (SELECT license_expires FROM " + Schemas.table(tenant, "econtent_lendables") + " WHERE resource_id = l.resource_id)))"
            + " WHERE id = $1 AND status = 'open' RETURNING " + doc(tenant))
        .execute(Tuple.of(id, days)).map(rows -> Rows.written(rows, id));
  }

  /** Claims one open loan past its due date; other instances skip it while it is claimed. */
  public Future<Optional<LoanRow>> claimOverdue(SqlClient client, String tenant) {
    return client.preparedQuery("SELECT " + ROW + " FROM " + loans(tenant)
            + " WHERE status = 'open' AND due_date <= now() ORDER BY due_date LIMIT 1 FOR UPDATE SKIP LOCKED")
        .execute().map(LoanRepository::first);
  }

  /** An open loan that has not run out yet. */
  public record Current(UUID id, OffsetDateTime dueDate) {}

  /** The patron's open loan of the lendable, if it still runs. */
  public Future<Optional<Current>> current(SqlClient client, String tenant, UUID patron, String resourceId) {
    return client.preparedQuery("SELECT id, due_date FROM " + loans(tenant)
            + " WHERE resource_id = $1 AND patron_id = $2 AND status = 'open' AND due_date > now()")
        .execute(Tuple.of(resourceId, patron))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(
            new Current(rows.iterator().next().getUUID("id"), rows.iterator().next().getOffsetDateTime("due_date"))));
  }

  public Future<List<String>> openOf(SqlClient client, String tenant, UUID patron) {
    return client.preparedQuery("SELECT " + doc(tenant) + " FROM " + loans(tenant) + " l"
            + " WHERE patron_id = $1 AND status = 'open' ORDER BY due_date, id")
        .execute(Tuple.of(patron)).map(Rows::docs);
  }

  /** Due dates of the lendable's open loans, earliest first. */
  public Future<List<OffsetDateTime>> dueDates(SqlClient client, String tenant, String resourceId) {
    return client.preparedQuery("SELECT due_date FROM " + loans(tenant)
            + " WHERE resource_id = $1 AND status = 'open' ORDER BY due_date")
        .execute(Tuple.of(resourceId))
        .map(rows -> Rows.each(rows, r -> r.getOffsetDateTime("due_date")));
  }

  /**
   * Anonymises up to `limit` loans closed at least `days` ago (the patron id goes, the facts stay); rows other
   * transactions hold are skipped (SKIP LOCKED), so instances share the work. How many it anonymised.
   */
  public Future<Integer> anonymizeClosed(SqlClient client, String tenant, int days, int limit) {
    return ClosedRecords.anonymize(client, loans(tenant), "status = 'closed'", "return_date", days, limit);
  }

  /** patron null: every patron's loans. */
  public Future<CqlCollection.Page> page(SqlClient client, String tenant, String cql, long offset, long limit, UUID patron) {
    CqlCollection loans = new CqlCollection(Schemas.table(tenant, "econtent_loan_view"), FIELDS, "loan_date DESC, id");
    return patron == null ? loans.fetch(client, cql, offset, limit) : loans.fetch(client, cql, offset, limit, "patron_id", patron);
  }

  static String loans(String tenant) {
    return Schemas.table(tenant, "econtent_loans");
  }

  static String doc(String tenant) {
    return Schemas.table(tenant, "econtent_loan_doc") + "(l)::text AS doc";
  }

  private static Optional<LoanRow> first(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return Optional.empty();
    }
    Row r = rows.iterator().next();
    return Optional.of(new LoanRow(r.getUUID("id"), r.getString("resource_id"), r.getUUID("patron_id"),
        r.getString("status"), r.getInteger("renewal_count")));
  }
}

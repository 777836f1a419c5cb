package org.folio.access.circulation;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/**
 * Writes loan, hold and group-loan events to the outbox in the caller's transaction:
 * payload {tenant, type, time, <kind>: document after the change}.
 */
public final class CirculationEvents {
  public static final String LOAN_OPENED = "econtent.loan.opened";
  public static final String LOAN_RENEWED = "econtent.loan.renewed";
  public static final String LOAN_CLOSED = "econtent.loan.closed";
  public static final String HOLD_PLACED = "econtent.hold.placed";
  public static final String HOLD_READY = "econtent.hold.ready";
  public static final String HOLD_FULFILLED = "econtent.hold.fulfilled";
  public static final String HOLD_CANCELLED = "econtent.hold.cancelled";
  public static final String GROUP_LOAN_CREATED = "econtent.group-loan.created";
  public static final String GROUP_LOAN_CHANGED = "econtent.group-loan.changed";
  public static final String GROUP_LOAN_ENDED = "econtent.group-loan.ended";

  private CirculationEvents() {}

  /** kind names the payload's document: loan, hold or groupLoan. */
  public static Future<Void> record(SqlConnection conn, String tenant, String type, String kind, String id, String document) {
    return conn.preparedQuery("INSERT INTO " + Schemas.table(tenant, "outbox") + " (event_type, aggregate_id, payload)"
            + " VALUES ($1, $2, jsonb_build_object('tenant', $3::text, 'type', $1::text, 'time', "
            + Schemas.table(tenant, "econtent_iso") + "(now()), $4::text, $5::text::jsonb))")
        .execute(Tuple.of(type, id, tenant, kind, document)).mapEmpty();
  }

  /**
   * The event of a loan as its row is now: the payload's document is built by SQL from the row, so this
   * may be pipelined right after the statement that changed it (the server runs them in order).
   */
  public static Future<Void> loan(SqlConnection conn, String tenant, String type, UUID loanId) {
    return ofRow(conn, tenant, type, "loan", "econtent_loans", "econtent_loan_doc", loanId);
  }

  /** The event of a hold as its row is now (see loan). */
  public static Future<Void> hold(SqlConnection conn, String tenant, String type, UUID holdId) {
    return ofRow(conn, tenant, type, "hold", "econtent_holds", "econtent_hold_doc", holdId);
  }

  /**
   * The INSERT of the events of the rows a CTE named `cte` returned (columns id and doc, the document after
   * the change), for a larger statement that writes the change and its event at once; the tenant's name is
   * the parameter `tenantParam`. type and kind are this class's constants.
   */
  public static String insertFrom(String tenant, String type, String kind, String cte, String tenantParam) {
    return "INSERT INTO " + Schemas.table(tenant, "outbox") + " (event_type, aggregate_id, payload)"
        + " SELECT '" + type + "', " + cte + ".id::text, jsonb_build_object('tenant', " + tenantParam + "::text, 'type', '"
        + type + "'::text, 'time', " + Schemas.table(tenant, "econtent_iso") + "(now()), '" + kind + "'::text, " + cte + ".doc)"
        + " FROM " + cte;
  }

  /**
   * Deletes up to `limit` outbox events older than `days` (their payloads name patrons), oldest first;
   * SKIP LOCKED, so instances share the work. How many it deleted.
   */
  public static Future<Integer> prune(SqlClient client, String tenant, int days, int limit) {
    String outbox = Schemas.table(tenant, "outbox");
    return client.preparedQuery("DELETE FROM " + outbox + " WHERE id IN (SELECT id FROM " + outbox
            + " WHERE created_at < now() - make_interval(days => $1) ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)")
        .execute(Tuple.of(days, limit)).map(SqlResult::rowCount);
  }

  private static Future<Void> ofRow(SqlConnection conn, String tenant, String type, String kind, String table,
      String documentFunction, UUID id) {
    return conn.preparedQuery("INSERT INTO " + Schemas.table(tenant, "outbox") + " (event_type, aggregate_id, payload)"
            + " SELECT $1, r.id::text, jsonb_build_object('tenant', $2::text, 'type', $1::text, 'time', "
            + Schemas.table(tenant, "econtent_iso") + "(now()), $3::text, " + Schemas.table(tenant, documentFunction) + "(r))"
            + " FROM " + Schemas.table(tenant, table) + " r WHERE r.id = $4")
        .execute(Tuple.of(type, tenant, kind, id)).mapEmpty();
  }
}

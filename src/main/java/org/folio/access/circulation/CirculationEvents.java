package org.folio.access.circulation;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
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

  public static Future<Void> loan(SqlConnection conn, String tenant, String type, Document loan) {
    return record(conn, tenant, type, "loan", loan.id(), loan.json());
  }

  public static Future<Void> hold(SqlConnection conn, String tenant, String type, Document hold) {
    return record(conn, tenant, type, "hold", hold.id(), hold.json());
  }
}

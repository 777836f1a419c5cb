package org.folio.access.ill;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/**
 * Writes ILL events to the outbox in the caller's transaction. A transaction's payload is
 * {tenant, type, time, transaction: its document as the row is now}, built by SQL, so it may be pipelined right
 * after the statement that changed the row. The settings' event carries no settings (the key stays in).
 */
public final class IllEvents {
  public static final String CREATED = "ill.transaction.created";
  public static final String UPDATED = "ill.transaction.updated";
  public static final String NOTED = "ill.transaction.noted";
  public static final String MOVED = "ill.transaction.moved";
  public static final String ROUTED = "ill.transaction.routed";
  public static final String REQUEST_STARTED = "ill.transaction.request-started";
  static final String SETTINGS_CHANGED = "ill.settings.changed";

  private IllEvents() {}

  public static Future<Void> transaction(SqlClient conn, String tenant, String type, UUID id) {
    return conn.preparedQuery("INSERT INTO " + Schemas.table(tenant, "outbox") + " (event_type, aggregate_id, payload)"
            + " SELECT $1, t.id::text, jsonb_build_object('tenant', $2::text, 'type', $1::text, 'time', "
            + Schemas.table(tenant, "econtent_iso") + "(now()), 'transaction', "
            + Schemas.table(tenant, "ill_transaction_doc") + "(t))"
            + " FROM " + Schemas.table(tenant, "ill_transactions") + " t WHERE t.id = $3")
        .execute(Tuple.of(type, tenant, id)).mapEmpty();
  }

  public static Future<Void> settingsChanged(SqlClient conn, String tenant) {
    return conn.preparedQuery("INSERT INTO " + Schemas.table(tenant, "outbox") + " (event_type, aggregate_id, payload)"
            + " VALUES ($1, 'ill-settings', jsonb_build_object('tenant', $2::text, 'type', $1::text, 'time', "
            + Schemas.table(tenant, "econtent_iso") + "(now())))")
        .execute(Tuple.of(SETTINGS_CHANGED, tenant)).mapEmpty();
  }
}

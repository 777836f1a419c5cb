package org.folio.access.stacks.requests;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/** Writes request events to the outbox in the caller's transaction: {tenant, type, time, request}. */
public final class StacksEvents {
  public static final String REQUEST_PLACED = "stacks.request.placed";
  public static final String REQUEST_CANCELLED = "stacks.request.cancelled";

  private StacksEvents() {}

  /** The event of a request as its row is now (pipelined after the statement that changed it). */
  public static Future<Void> request(SqlClient client, String tenant, String type, UUID requestId) {
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "outbox") + " (event_type, aggregate_id, payload)"
            + " SELECT $1, r.id::text, jsonb_build_object('tenant', $2::text, 'type', $1::text, 'time', "
            + Schemas.table(tenant, "stacks_iso") + "(now()), 'request', "
            + Schemas.table(tenant, "stacks_staff_request_doc") + "(r))"
            + " FROM " + Schemas.table(tenant, "stacks_requests") + " r WHERE r.id = $3")
        .execute(Tuple.of(type, tenant, requestId)).mapEmpty();
  }
}

package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.jobs.JobQueue;

/**
 * Vendor jobs through the platform's job queue, at most one queued or running per account and kind: asking
 * twice (or from two instances, or the schedule and staff at once) gives the same job.
 */
public final class VendorJobQueue {
  public static final String TYPE = "econtent-vendor";

  /** The job's payload: which account and what to do. */
  static JsonObject payload(UUID vendorId, String kind, boolean force) {
    return new JsonObject().put("vendorId", vendorId.toString()).put("kind", kind).put("force", force);
  }

  /** The queued or running job of this account and kind, else a new one; in the caller's transaction. */
  public Future<UUID> enqueueOnce(SqlConnection conn, String tenant, UUID vendorId, String kind, boolean force) {
    return conn.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
        .execute(Tuple.of("econtent-vendor-job:" + tenant + ":" + vendorId + ":" + kind))
        .compose(x -> conn.preparedQuery("SELECT id FROM " + Schemas.PLATFORM + ".job WHERE tenant = $1 AND type = $2"
                + " AND state IN ('queued', 'running') AND payload->>'vendorId' = $3 AND payload->>'kind' = $4 LIMIT 1")
            .execute(Tuple.of(tenant, TYPE, vendorId.toString(), kind)))
        .compose(rows -> rows.size() > 0 ? Future.succeededFuture(rows.iterator().next().getUUID("id"))
            : JobQueue.enqueue(conn, tenant, TYPE, payload(vendorId, kind, force),
                new JsonObject().put("vendorId", vendorId.toString()).put("kind", kind).put("phase", "queued")));
  }
}

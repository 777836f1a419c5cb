package org.folio.access.stacks.sync;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.jobs.JobQueue;
import org.folio.access.stacks.requests.IlsHolds;

/**
 * Queues the status sync of a tenant that has an ILS connection, at most one queued or running per tenant:
 * the schedule of every instance and the gateway's timer may ask at once and get the same job (an advisory
 * lock on the tenant's key orders them; the platform's queue then claims the job with SKIP LOCKED).
 */
public final class StatusSyncQueue {
  private final Db db;
  private final IlsHolds ils;

  public StatusSyncQueue(Db db, IlsHolds ils) {
    this.db = db;
    this.ils = ils;
  }

  /** The tenant's queued or running sync job, else a new one; empty when the tenant has no ILS. */
  public Future<Optional<UUID>> enqueue(String tenant) {
    return ils.account(tenant).compose(account -> account.isEmpty() ? Future.succeededFuture(Optional.<UUID>empty())
        : db.inTransaction(conn -> conn.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
            .execute(Tuple.of(StatusSyncJob.TYPE + ":" + tenant))
            .compose(x -> conn.preparedQuery("SELECT id FROM " + Schemas.PLATFORM + ".job WHERE tenant = $1 AND type = $2"
                + " AND state IN ('queued', 'running') LIMIT 1").execute(Tuple.of(tenant, StatusSyncJob.TYPE)))
            .compose(rows -> rows.size() > 0 ? Future.succeededFuture(rows.iterator().next().getUUID("id"))
                : JobQueue.enqueue(conn, tenant, StatusSyncJob.TYPE, new JsonObject(), new JsonObject().put("phase", "queued"))))
            .map(Optional::of));
  }
}

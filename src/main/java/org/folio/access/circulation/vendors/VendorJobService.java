package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.folio.access.circulation.Ids;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.jobs.JobQueue;
import org.folio.access.platform.jobs.JobStatus;
import org.folio.access.rest.model.EcontentVendorJob;

/** Queues and reads an account's jobs; the full import is refused once done unless forced. */
public final class VendorJobService {
  private final Db db;
  private final VendorAccountService accounts;
  private final CatalogRepository catalog;
  private final VendorJobQueue queue;

  public VendorJobService(Db db, VendorAccountService accounts, CatalogRepository catalog, VendorJobQueue queue) {
    this.db = db;
    this.accounts = accounts;
    this.catalog = catalog;
    this.queue = queue;
  }

  /** The job as its JSON document (202 body). */
  public Future<String> start(String tenant, String vendorId, EcontentVendorJob request) {
    String kind = request.getType().value();
    boolean force = Boolean.TRUE.equals(request.getForce());
    return accounts.account(tenant, vendorId)
        .compose(account -> catalog.state(db.pool(), tenant, account.id()).compose(state -> {
          if ("catalog-import".equals(kind) && state.importedAt() != null && !force) {
            return Future.failedFuture(ApiError.conflict("CATALOG_IMPORTED", "The whole catalog was imported on "
                + state.importedAt() + "; deltas keep it current (force: true asks the vendor for all of it again)"));
          }
          if ("catalog-delta".equals(kind) && state.importedAt() == null) {
            return Future.failedFuture(ApiError.conflict("CATALOG_NOT_IMPORTED", "Import the whole catalog first"));
          }
          return db.inTransaction(conn -> queue.enqueueOnce(conn, tenant, account.id(), kind, force));
        }))
        .compose(jobId -> get(tenant, vendorId, jobId.toString()));
  }

  public Future<String> get(String tenant, String vendorId, String jobId) {
    UUID id = Ids.uuid(jobId);
    return (id == null ? Future.succeededFuture((JobStatus) null) : JobQueue.find(db.pool(), tenant, VendorJobQueue.TYPE, id))
        .compose(job -> job == null || !vendorId.equalsIgnoreCase(job.progress().getString("vendorId", ""))
            ? Future.failedFuture(ApiError.notFound("No job " + jobId + " of vendor account " + vendorId))
            : Future.succeededFuture(document(job)));
  }

  private static String document(JobStatus job) {
    JsonObject doc = new JsonObject().put("id", job.id().toString()).put("type", job.progress().getString("kind"))
        .put("state", job.state()).put("progress", job.progress())
        .put("createdDate", job.createdAt().toInstant().toString()).put("updatedDate", job.updatedAt().toInstant().toString());
    if (job.error() != null) {
      doc.put("error", job.error());
    }
    return doc.encode();
  }
}

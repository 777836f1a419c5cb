package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.folio.access.platform.jobs.Job;
import org.folio.access.platform.jobs.JobHandler;
import org.folio.access.platform.jobs.JobProgress;

/** Runs the vendor jobs of the queue: catalog-import, catalog-delta, availability, sync. */
public final class VendorJobs implements JobHandler {
  static final List<String> KINDS = List.of("catalog-import", "catalog-delta", "availability", "sync");
  static final int SYNC_BATCH = 500;
  private final VendorAccountService accounts;
  private final CatalogService catalog;
  private final PatronSync sync;
  private final VendorPatronRepository mappings;
  private final org.folio.access.platform.db.Db db;

  public VendorJobs(org.folio.access.platform.db.Db db, VendorAccountService accounts, CatalogService catalog, PatronSync sync,
      VendorPatronRepository mappings) {
    this.db = db;
    this.accounts = accounts;
    this.catalog = catalog;
    this.sync = sync;
    this.mappings = mappings;
  }

  @Override
  public String type() {
    return VendorJobQueue.TYPE;
  }

  @Override
  public Future<JsonObject> run(Job job, JobProgress progress) {
    JsonObject payload = job.payload();
    String kind = payload.getString("kind");
    return accounts.account(job.tenant(), payload.getString("vendorId")).compose(account -> switch (kind) {
      case "catalog-import" -> catalog.importAll(account, payload.getBoolean("force", false), progress);
      case "catalog-delta" -> catalog.delta(account, progress);
      case "availability" -> catalog.availability(account);
      case "sync" -> syncAll(account, progress);
      default -> Future.failedFuture(new IllegalArgumentException("Unknown vendor job kind " + kind));
    });
  }

  /**
   * The least recently synced patrons of the account, one after the other; a vendor failure stops the run
   * (nothing is ended on a failure) and the job is tried again later.
   */
  private Future<JsonObject> syncAll(VendorAccount account, JobProgress progress) {
    JsonObject report = new JsonObject().put("vendorId", account.id().toString()).put("kind", "sync")
        .put("patrons", 0).put("loansOpened", 0).put("loansClosed", 0).put("holdsPlaced", 0).put("holdsCancelled", 0);
    return mappings.patrons(db.pool(), account.tenant(), account.id(), SYNC_BATCH)
        .compose(patrons -> syncEach(account, patrons, 0, report, progress))
        .map(report);
  }

  private Future<Void> syncEach(VendorAccount account, List<UUID> patrons, int i, JsonObject report, JobProgress progress) {
    if (i >= patrons.size()) {
      return Future.succeededFuture();
    }
    return sync.run(account, patrons.get(i)).compose(r -> {
      report.put("patrons", i + 1).put("loansOpened", report.getInteger("loansOpened") + r.loansOpened())
          .put("loansClosed", report.getInteger("loansClosed") + r.loansClosed())
          .put("holdsPlaced", report.getInteger("holdsPlaced") + r.holdsPlaced())
          .put("holdsCancelled", report.getInteger("holdsCancelled") + r.holdsCancelled());
      return (i % 50 == 49 ? progress.report(report) : Future.<Void>succeededFuture())
          .compose(x -> syncEach(account, patrons, i + 1, report, progress));
    });
  }
}

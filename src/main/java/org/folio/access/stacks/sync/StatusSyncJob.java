package org.folio.access.stacks.sync;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.folio.access.platform.jobs.Job;
import org.folio.access.platform.jobs.JobHandler;
import org.folio.access.platform.jobs.JobProgress;
import org.folio.access.stacks.items.ItemRepository;
import org.folio.access.stacks.items.ItemService;
import org.folio.access.stacks.requests.IlsHolds;

/**
 * Keeps the tenant's item statuses and due dates current from its ILS: the items with an ILS record number, in
 * id order, BATCH at a time, each batch one items call to the ILS and one set-based update of the items whose
 * status changed. One job per tenant at a time (StatusSyncQueue); progress after every batch keeps its lease.
 */
public final class StatusSyncJob implements JobHandler {
  public static final String TYPE = "stacks-status-sync";
  /** Items per ILS call. */
  static final int BATCH = 100;
  private final IlsHolds ils;
  private final ItemService items;

  public StatusSyncJob(IlsHolds ils, ItemService items) {
    this.ils = ils;
    this.items = items;
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** A failed sync (the ILS down) is not tried again: the next schedule queues a new one. */
  @Override
  public int maxAttempts() {
    return 1;
  }

  /** The counts so far and the last item id done. */
  record Counts(int read, int changed, String after) {
    JsonObject json() {
      return new JsonObject().put("itemsRead", read).put("itemsChanged", changed);
    }
  }

  @Override
  public Future<JsonObject> run(Job job, JobProgress progress) {
    return ils.account(job.tenant()).compose(account -> account.isEmpty()
        ? Future.succeededFuture(new Counts(0, 0, "").json().put("connected", false))
        : from(job.tenant(), account.get(), new Counts(0, 0, ""), progress).map(Counts::json));
  }

  private Future<Counts> from(String tenant, IlsHolds.Account account, Counts so, JobProgress progress) {
    return items.ilsRecords(tenant, so.after(), BATCH).compose(batch -> {
      if (batch.isEmpty()) {
        return Future.succeededFuture(so);
      }
      List<String> records = batch.stream().map(ItemRepository.IlsRecord::recordNumber).toList();
      return account.statuses(records)
          .compose(statuses -> items.syncStatuses(tenant, statuses))
          .map(changed -> new Counts(so.read() + batch.size(), so.changed() + changed, batch.get(batch.size() - 1).id()))
          .compose(next -> progress.report(next.json()).compose(x -> batch.size() < BATCH ? Future.succeededFuture(next)
              : from(tenant, account, next, progress)));
    });
  }
}

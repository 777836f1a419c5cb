package org.folio.access.stacks.imports;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.jobs.Job;
import org.folio.access.platform.jobs.JobHandler;
import org.folio.access.platform.jobs.JobProgress;
import org.folio.access.stacks.items.ItemRepository;
import org.folio.access.stacks.works.WorkRepository;

/**
 * The background merge of an import: works from the bib lines (one statement), then the item lines in ranges
 * (each range one transaction: map and merge the items, refresh their works, record the progress), then the
 * staged lines dropped. Each step records how far it got, so a job taken over after a crash goes on from there.
 */
public final class StacksImportJob implements JobHandler {
  public static final String TYPE = "stacks-import";
  static final int RANGE_LINES = 50_000;
  private final Db db;
  private final ImportRepository imports;
  private final ImportStagingRepository staging;
  private final WorkRepository works;
  private final ItemRepository items;

  StacksImportJob(Db db, ImportRepository imports, ImportStagingRepository staging, WorkRepository works, ItemRepository items) {
    this.db = db;
    this.imports = imports;
    this.staging = staging;
    this.works = works;
    this.items = items;
  }

  static JsonObject payload(UUID importId) {
    return new JsonObject().put("importId", importId.toString());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Future<JsonObject> run(Job job, JobProgress progress) {
    UUID id = UUID.fromString(job.payload().getString("importId"));
    return step(job.tenant(), id, progress).map(record -> ImportView.progress(record));
  }

  /** bibs -> item ranges -> finish, reporting progress (and so keeping the lease) after each step. */
  private Future<ImportRecord> step(String tenant, UUID id, JobProgress progress) {
    return imports.find(db.pool(), tenant, id).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(new IllegalStateException("Import " + id + " is gone"));
      }
      ImportRecord record = found.get();
      if (record.finished()) {
        return Future.succeededFuture(record);
      }
      Future<Void> next;
      if (!record.bibsMerged()) {
        next = db.inTransaction(conn -> works.mergeStaged(conn, tenant, id).compose(n -> imports.bibsMerged(conn, tenant, id, n)));
      } else if (record.mergedToLine() < record.lastLine()) {
        int from = record.mergedToLine() + 1;
        int to = Math.min(record.lastLine(), record.mergedToLine() + RANGE_LINES);
        next = db.inTransaction(conn -> items.mergeStaged(conn, tenant, id, from, to)
            .compose(merged -> works.refreshStaged(conn, tenant, id, from, to)
                .compose(x -> imports.rangeMerged(conn, tenant, id, to, merged.created(), merged.updated(),
                    merged.rejectedCount(), merged.rejected()))));
      } else {
        next = staging.discard(db.pool(), tenant, id).compose(x -> imports.finish(db.pool(), tenant, id));
      }
      return next.compose(x -> imports.find(db.pool(), tenant, id))
          .compose(after -> progress.report(ImportView.progress(after.orElseThrow())))
          .compose(x -> step(tenant, id, progress));
    });
  }
}

package org.folio.access.stacks.imports;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.jobs.Job;
import org.folio.access.platform.jobs.JobHandler;
import org.folio.access.platform.jobs.JobProgress;
import org.folio.access.stacks.items.ItemRepository;
import org.folio.access.stacks.works.WorkRepository;

/**
 * The background merge of an import: works from the bib lines (one statement), then the item lines in ranges,
 * then the staged lines dropped (first those of uploads cut off a week ago or more, so that they do not keep the
 * finish from truncating). Each step records how far it got, so a job taken over after a crash goes on from there.
 * Ranges are merged PARALLEL_RANGES at a time, each in a transaction on a connection of its own: the items of all at
 * once, then, in line order, each range's works refresh and progress once the range before it has
 * committed, so the checkpoint (`merged_to_line`) and the counts move in line order as before, a refresh sees the
 * items of every range before it, and a range whose predecessor failed rolls back. A round that fails (e.g. an
 * item listed in two ranges of one round, whose later range took its row lock first: the lock timeout ends that
 * wait) is done again one range at a time from the checkpoint, counted in the import's `rangesRedone` (slow, so
 * an operator and the tests see it); failing again fails the job.
 */
public final class StacksImportJob implements JobHandler {
  public static final String TYPE = "stacks-import";
  static final int RANGE_LINES = 5_000;
  static final int PARALLEL_RANGES = 2;
  private static final Logger LOG = LogManager.getLogger(StacksImportJob.class);
  /**
   * Set in each range's transaction: how long a row lock may be waited for; commits do not wait for the WAL flush; the
   * works' versions are bumped by the range in line order with its works' refresh (two ranges of a round share works
   * that straddle their ends), not by the item triggers while the ranges run at once.
   */
  private static final String RANGE_SETTINGS = "SET LOCAL lock_timeout = '20s'; SET LOCAL synchronous_commit = off;"
      + " SET LOCAL stacks.work_versions = 'by-caller'";
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
    return find(tenant, id).compose(record -> {
      if (record.finished()) {
        return Future.succeededFuture(record);
      }
      Future<Void> next;
      if (!record.bibsMerged()) {
        next = db.inTransaction(conn -> works.mergeStaged(conn, tenant, id).compose(n -> imports.bibsMerged(conn, tenant, id, n)));
      } else if (record.mergedToLine() < record.lastLine()) {
        next = mergeRound(tenant, record, PARALLEL_RANGES).recover(failure -> {
          LOG.warn("Import {}: a round of {} ranges failed ({}); again one range at a time", id, PARALLEL_RANGES,
              failure.getMessage());
          return imports.rangeRedone(db.pool(), tenant, id).compose(x -> find(tenant, id))
              .compose(after -> mergeRound(tenant, after, 1));
        });
      } else {
        next = staging.sweepAbandoned(db.pool(), tenant).compose(x -> staging.discard(db.pool(), tenant, id))
            .compose(x -> imports.finish(db.pool(), tenant, id));
      }
      return next.compose(x -> find(tenant, id))
          .compose(after -> progress.report(ImportView.progress(after)))
          .compose(x -> step(tenant, id, progress));
    });
  }

  private Future<ImportRecord> find(String tenant, UUID id) {
    return imports.find(db.pool(), tenant, id).compose(found -> found.isEmpty()
        ? Future.failedFuture(new IllegalStateException("Import " + id + " is gone"))
        : Future.succeededFuture(found.get()));
  }

  /** The next `ranges` ranges after the checkpoint, at once; done when all are, failed when any failed. */
  private Future<Void> mergeRound(String tenant, ImportRecord record, int ranges) {
    List<Future<Void>> all = new ArrayList<>();
    Future<Void> previous = Future.succeededFuture();
    int from = record.mergedToLine() + 1;
    for (int k = 0; k < ranges && from <= record.lastLine(); k++) {
      int to = Math.min(record.lastLine(), from + RANGE_LINES - 1);
      previous = mergeRange(tenant, record.id(), from, to, previous);
      all.add(previous);
      from = to + 1;
    }
    Future<Void> last = previous;
    return Future.join(all).transform(x -> last);
  }

  /** One range in one transaction: its items at once, its works and progress after the range before committed. */
  private Future<Void> mergeRange(String tenant, UUID id, int from, int to, Future<Void> before) {
    return db.inTransaction(conn -> conn.query(RANGE_SETTINGS).execute()
        .compose(x -> items.mergeStaged(conn, tenant, id, from, to))
        .compose(merged -> before
            .compose(x -> merged.works().isEmpty() ? Future.<Void>succeededFuture() : works.refresh(conn, tenant, merged.works())
                .compose(y -> works.newVersions(conn, tenant, merged.works())))
            .compose(x -> imports.rangeMerged(conn, tenant, id, to, merged))));
  }
}

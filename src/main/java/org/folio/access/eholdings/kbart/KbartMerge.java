package org.folio.access.eholdings.kbart;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Function;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.jobs.JobProgress;

/**
 * One run of an import's merge on one connection: lock the package -> merge staged batches -> remove what the
 * file no longer lists -> finish. Each batch or removal window is one transaction that also moves the
 * checkpoint, and progress is reported after each; a run that stopped half-way resumes from the checkpoint.
 * A session advisory lock on the package makes imports of one package run one after the other, whichever
 * instances run them.
 */
final class KbartMerge {
  static final int BATCH_LINES = 5000;
  static final int REMOVAL_WINDOW = 10000;
  private static final int RACE_ATTEMPTS = 5;
  private static final int LOCK_CLASS = 0x4b42;
  private static final long LOCK_RETRY_MS = 2000;
  private final Vertx vertx;
  private final SqlConnection conn;
  private final String tenant;
  private final JobProgress progress;
  private final Repositories repos;

  /** The repositories a merge uses, built once. */
  record Repositories(KbartMergeRepository merge, KbartRemovalRepository removal, KbartProgressRepository progress,
      KbartStagingRepository staging) {}

  KbartMerge(Vertx vertx, SqlConnection conn, String tenant, JobProgress progress, Repositories repos) {
    this.vertx = vertx;
    this.conn = conn;
    this.tenant = tenant;
    this.progress = progress;
    this.repos = repos;
  }

  Future<ImportRecord> run(ImportRecord imp) {
    return lock(imp)
        .compose(x -> repos.progress().selectsNewTitles(conn, tenant, imp.packageId()))
        .compose(selectNew -> merge(imp, selectNew))
        .compose(this::remove)
        .compose(this::finish)
        .eventually(() -> unlock(imp));
  }

  private Future<ImportRecord> merge(ImportRecord imp, boolean selectNew) {
    if (!ImportRecord.MERGING.equals(imp.phase())) {
      return Future.succeededFuture(imp);
    }
    return repos.merge().nextBatch(conn, tenant, imp.id(), imp.mergedKey(), BATCH_LINES).compose(upper -> {
      if (upper == null) {
        return startRemoving(imp);
      }
      return mergeBatch(imp, upper, selectNew, 1).compose(this::report).compose(next -> merge(next, selectNew));
    });
  }

  /** One batch in one transaction, with the package's counts and the checkpoint; again if a title raced in. */
  private Future<ImportRecord> mergeBatch(ImportRecord imp, String upper, boolean selectNew, int attempt) {
    return inTransaction(c -> repos.merge().mergeBatch(c, tenant, imp, imp.mergedKey(), upper, selectNew)
            .compose(step -> repos.progress().countTitles(c, tenant, imp.packageId(), step.counts().added(), step.selectedAdded())
                .compose(x -> repos.progress().merged(c, tenant, imp.id(), upper, step.counts()))
                .map(x -> imp.withMerged(upper, step.counts()))))
        .recover(e -> e instanceof KbartMergeRepository.TitleRaced && attempt < RACE_ATTEMPTS
            ? mergeBatch(imp, upper, selectNew, attempt + 1)
            : Future.failedFuture(e));
  }

  /** Every staged line must be merged before anything is removed: a file is never half-applied as a delta. */
  private Future<ImportRecord> startRemoving(ImportRecord imp) {
    if (imp.counts().linesMerged() != imp.linesStaged()) {
      return Future.failedFuture(new IllegalStateException("Import " + imp.id() + " merged " + imp.counts().linesMerged()
          + " of " + imp.linesStaged() + " staged lines: the rest are gone; nothing is removed from the package"));
    }
    return repos.progress().phase(conn, tenant, imp.id(), ImportRecord.REMOVING).map(x -> imp.withPhase(ImportRecord.REMOVING));
  }

  private Future<ImportRecord> remove(ImportRecord imp) {
    if (!ImportRecord.REMOVING.equals(imp.phase())) {
      return Future.succeededFuture(imp);
    }
    return inTransaction(c -> repos.removal().removeWindow(c, tenant, imp, REMOVAL_WINDOW).compose(window -> {
      if (window.lastTitleId() == null) {
        return Future.succeededFuture((ImportRecord) null);
      }
      int removed = window.removed().length;
      return repos.removal().dropLeftovers(c, tenant, imp, window.removed())
          .compose(x -> repos.progress().countTitles(c, tenant, imp.packageId(), -removed, -window.removedSelected()))
          .compose(x -> repos.progress().removed(c, tenant, imp.id(), window.lastTitleId(), removed))
          .map(x -> imp.withRemoved(window.lastTitleId(), removed));
    })).compose(next -> next == null ? Future.succeededFuture(imp) : report(next).compose(this::remove));
  }

  private Future<ImportRecord> finish(ImportRecord imp) {
    if (ImportRecord.DONE.equals(imp.phase())) {
      return Future.succeededFuture(imp);
    }
    return repos.progress().phase(conn, tenant, imp.id(), ImportRecord.DONE)
        .compose(x -> repos.staging().discard(conn, tenant, imp.id()))
        .compose(x -> repos.staging().sweepAbandoned(conn, tenant))
        .map(x -> imp.withPhase(ImportRecord.DONE));
  }

  private Future<ImportRecord> report(ImportRecord imp) {
    return progress.report(imp.progress()).map(imp);
  }

  /**
   * A batch's transaction. Its commit does not wait for the WAL flush: a crash may lose the latest batches, but
   * always together with their checkpoint, so the job redoes exactly those; the job's completion, committed
   * normally after them, flushes them all.
   */
  private <T> Future<T> inTransaction(Function<SqlConnection, Future<T>> work) {
    return conn.begin().compose(tx -> conn.query("SET LOCAL synchronous_commit TO off").execute()
        .compose(x -> work.apply(conn))
        .compose(result -> tx.commit().map(result),
            failure -> tx.rollback().otherwiseEmpty().compose(x -> Future.<T>failedFuture(failure))));
  }

  /** Waits for the package's lock, reporting meanwhile so that the job keeps its lease. */
  private Future<Void> lock(ImportRecord imp) {
    return conn.preparedQuery("SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked")
        .execute(io.vertx.sqlclient.Tuple.of(LOCK_CLASS, lockKey(imp)))
        .compose(rows -> rows.iterator().next().getBoolean("locked")
            ? Future.<Void>succeededFuture()
            : progress.report(imp.progress().put("waitingFor", "another import of the package"))
                .compose(x -> vertx.timer(LOCK_RETRY_MS))
                .compose(x -> lock(imp)));
  }

  private Future<Void> unlock(ImportRecord imp) {
    return conn.preparedQuery("SELECT pg_advisory_unlock($1, hashtext($2))")
        .execute(io.vertx.sqlclient.Tuple.of(LOCK_CLASS, lockKey(imp))).<Void>mapEmpty().otherwiseEmpty();
  }

  private String lockKey(ImportRecord imp) {
    return Schemas.of(tenant) + ":kbart:" + imp.packageId();
  }
}

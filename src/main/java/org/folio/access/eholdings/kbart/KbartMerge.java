package org.folio.access.eholdings.kbart;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.jobs.JobProgress;

/**
 * One run of an import's merge: lock the package -> merge staged batches -> remove what the file no longer
 * lists -> finish. Each batch or removal window is one transaction that also moves the checkpoint, and progress
 * is reported after each; a run that stopped half-way resumes from the checkpoint. A session advisory lock on
 * the package (held by the run's own connection) makes imports of one package run one after the other,
 * whichever instances run them. Batches run PARALLEL_BATCHES at a time, each on a connection of its own (the
 * run's own and pool connections): their title keys are disjoint, so they neither wait for nor see each other,
 * and each commits only after the one before it committed, so the checkpoint moves in key order as before.
 */
final class KbartMerge {
  static final int BATCH_LINES = 5000;
  static final int PARALLEL_BATCHES = 3;
  static final int REMOVAL_WINDOW = 10000;
  private static final int RACE_ATTEMPTS = 5;
  private static final int LOCK_CLASS = 0x4b42;
  private static final long LOCK_RETRY_MS = 2000;
  private final Vertx vertx;
  private final Pool pool;
  private final SqlConnection conn;
  private final String tenant;
  private final JobProgress progress;
  private final Repositories repos;

  /** The repositories a merge uses, built once. */
  record Repositories(KbartMergeRepository merge, KbartRemovalRepository removal, KbartProgressRepository progress,
      KbartStagingRepository staging) {}

  KbartMerge(Vertx vertx, Pool pool, SqlConnection conn, String tenant, JobProgress progress, Repositories repos) {
    this.vertx = vertx;
    this.pool = pool;
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
    return bounds(imp, imp.mergedKey(), new ArrayList<>()).compose(uppers -> {
      if (uppers.isEmpty()) {
        return startRemoving(imp);
      }
      return mergeRound(imp, uppers, selectNew).compose(this::report).compose(next -> merge(next, selectNew));
    });
  }

  /** The upper keys of the next PARALLEL_BATCHES batches after `after` (fewer, or none, near the end). */
  private Future<List<String>> bounds(ImportRecord imp, String after, List<String> uppers) {
    if (uppers.size() == PARALLEL_BATCHES) {
      return Future.succeededFuture(uppers);
    }
    return repos.merge().nextBatch(conn, tenant, imp.id(), after, BATCH_LINES).compose(upper -> {
      if (upper == null) {
        return Future.succeededFuture(uppers);
      }
      uppers.add(upper);
      return bounds(imp, upper, uppers);
    });
  }

  /**
   * Merges consecutive batches at once, the first on the run's connection, the others on pool connections; each
   * commits after the one before it (a batch whose predecessor failed rolls back). Answers when all are done:
   * the import after the last batch, or the first failure.
   */
  private Future<ImportRecord> mergeRound(ImportRecord imp, List<String> uppers, boolean selectNew) {
    List<Future<ImportRecord>> batches = new ArrayList<>();
    Future<ImportRecord> previous = Future.succeededFuture(imp);
    String after = imp.mergedKey();
    for (String upper : uppers) {
      String lower = after;
      Future<ImportRecord> before = previous;
      previous = batches.isEmpty()
          ? mergeBatch(conn, imp, lower, upper, selectNew, before, 1)
          : pool.withConnection(c -> mergeBatch(c, imp, lower, upper, selectNew, before, 1));
      batches.add(previous);
      after = upper;
    }
    Future<ImportRecord> last = previous;
    return Future.join(batches).transform(x -> last);
  }

  /**
   * One batch in one transaction, with the package's counts and the checkpoint, written once the batch before it
   * committed; again if a title raced in.
   */
  private Future<ImportRecord> mergeBatch(SqlConnection c, ImportRecord imp, String lower, String upper, boolean selectNew,
      Future<ImportRecord> before, int attempt) {
    return inTransaction(c, x -> repos.merge().mergeBatch(c, tenant, imp, lower, upper, selectNew)
            .compose(step -> before.compose(prev -> repos.progress()
                .countTitles(c, tenant, imp.packageId(), step.counts().added(), step.selectedAdded())
                .compose(y -> repos.progress().merged(c, tenant, imp.id(), upper, step.counts()))
                .map(y -> prev.withMerged(upper, step.counts())))))
        .recover(e -> e instanceof KbartMergeRepository.TitleRaced && attempt < RACE_ATTEMPTS
            ? mergeBatch(c, imp, lower, upper, selectNew, before, attempt + 1)
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
    return inTransaction(conn, c -> repos.removal().removeWindow(c, tenant, imp, REMOVAL_WINDOW).compose(window -> {
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
  private static <T> Future<T> inTransaction(SqlConnection conn, Function<SqlConnection, Future<T>> work) {
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

package org.folio.access.eholdings.kbart;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.jobs.Job;
import org.folio.access.platform.jobs.JobProgress;

/**
 * KBART lines the module makes itself (a vendor's catalog, for example) imported exactly like an upload:
 * parsed and staged in batches, then merged by the kbart-import job into a managed package (a delta against
 * the package: titles no longer listed leave it, customisations stay). The caller may run the merge itself
 * (merge) rather than wait for the queued job: the job then finds the import done.
 */
public final class KbartFeed {
  private final Db db;
  private final KbartStagingRepository staging = new KbartStagingRepository();
  private final KbartImportRepository imports = new KbartImportRepository();
  private final KbartImportService service;
  private final KbartImportJob job;

  /** A queued import: its id and job, and the provider and package it goes into. */
  public record Queued(UUID importId, UUID jobId, long providerId, long packageId) {}

  public KbartFeed(Vertx vertx, Db db) {
    this.db = db;
    this.service = new KbartImportService(db, null, staging, imports);
    this.job = new KbartImportJob(vertx, db.pool(), imports, new KbartMerge.Repositories(new KbartMergeRepository(),
        new KbartRemovalRepository(), new KbartProgressRepository(), staging));
  }

  /** The header line, then title lines; one batch staged at a time, the last with the queued job. */
  public Future<Queued> importLines(String tenant, String providerName, String packageName, String contentType,
      Iterator<String> lines) {
    UUID importId = UUID.randomUUID();
    KbartReader reader = new KbartReader(KbartImportRepository.key(providerName), contentType, KbartReceiver.MAX_LINE_BYTES);
    OkapiContext okapi = new OkapiContext(tenant, null, null, null, null, Set.of());
    return stageAll(tenant, importId, reader, lines, 1)
        .compose(x -> reader.accepted() > 0 ? Future.<Void>succeededFuture()
            : Future.failedFuture(new IllegalArgumentException("No title line was accepted: nothing is imported")))
        .compose(x -> service.queue(okapi, importId, providerName, packageName, contentType,
            KbartReceiver.Received.of(reader)))
        .recover(e -> staging.discard(db.pool(), tenant, importId).otherwiseEmpty().compose(x -> Future.failedFuture(e)))
        .compose(x -> imports.find(db.pool(), tenant, importId))
        .map(imp -> new Queued(importId, imp.jobId(), imp.providerId(), imp.packageId()));
  }

  /** Runs the queued import's merge now, reporting its progress; answers the import's final counts. */
  public Future<JsonObject> merge(String tenant, Queued queued, JobProgress progress) {
    return job.run(new Job(queued.jobId(), tenant, KbartImportJob.TYPE, KbartImportJob.payload(queued.importId()), 1), progress);
  }

  private Future<Void> stageAll(String tenant, UUID importId, KbartReader reader, Iterator<String> lines, int lineNo) {
    int n = lineNo;
    while (lines.hasNext() && reader.batchSize() < KbartReceiver.STAGE_BATCH) {
      reader.line(n++, lines.next());
    }
    if (!lines.hasNext()) {
      return Future.succeededFuture();
    }
    int next = n;
    return staging.stage(db.pool(), tenant, importId, reader.takeBatch())
        .compose(x -> stageAll(tenant, importId, reader, lines, next));
  }
}

package org.folio.access.eholdings.kbart;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.UUID;
import org.folio.access.platform.jobs.Job;
import org.folio.access.platform.jobs.JobHandler;
import org.folio.access.platform.jobs.JobProgress;

/** The background job of a KBART import: merges its staged lines into the package (see KbartMerge). */
public final class KbartImportJob implements JobHandler {
  public static final String TYPE = "kbart-import";
  private final Vertx vertx;
  private final Pool pool;
  private final KbartImportRepository imports;
  private final KbartMerge.Repositories repos;

  KbartImportJob(Vertx vertx, Pool pool, KbartImportRepository imports, KbartMerge.Repositories repos) {
    this.vertx = vertx;
    this.pool = pool;
    this.imports = imports;
    this.repos = repos;
  }

  /** The job's payload: which import to merge. */
  static JsonObject payload(UUID importId) {
    return new JsonObject().put("importId", importId.toString());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Future<JsonObject> run(Job job, JobProgress progress) {
    UUID importId = UUID.fromString(job.payload().getString("importId"));
    return imports.find(pool, job.tenant(), importId).compose(imp -> {
      if (imp == null) {
        return Future.failedFuture(new IllegalStateException("Import " + importId + " of tenant " + job.tenant() + " is gone"));
      }
      if (ImportRecord.DONE.equals(imp.phase())) {
        return Future.succeededFuture(imp.progress());
      }
      return pool.withConnection(conn -> new KbartMerge(vertx, pool, conn, job.tenant(), progress, repos).run(imp))
          .map(ImportRecord::progress);
    });
  }
}

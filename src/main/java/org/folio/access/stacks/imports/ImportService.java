package org.folio.access.stacks.imports;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Upload;
import org.folio.access.platform.jobs.JobQueue;
import org.folio.access.rest.model.StacksImport;
import org.folio.access.stacks.StacksIds;

/**
 * Imports of ILS records: start = check the size -> stream the file into staging -> refuse a file without a
 * record -> queue (last batch, import record and job in one transaction); status = the record and its job.
 */
public final class ImportService {
  private final Db db;
  private final ImportReceiver receiver;
  private final ImportStagingRepository staging;
  private final ImportRepository imports;

  ImportService(Db db, ImportReceiver receiver, ImportStagingRepository staging, ImportRepository imports) {
    this.db = db;
    this.receiver = receiver;
    this.staging = staging;
    this.imports = imports;
  }

  /** Starts an import; the request's body must still be unread (it is paused here, before anything async). */
  public Future<StacksImport> start(OkapiContext okapi, Upload upload) {
    HttpServerRequest request = upload.request();
    request.pause();
    String length = request.getHeader("Content-Length");
    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > receiver.limitBytes()) {
      ImportReceiver.discardRest(request);
      return Future.failedFuture(ImportReceiver.tooLarge(receiver.limitBytes()));
    }
    String tenant = okapi.tenant();
    UUID id = UUID.randomUUID();
    return receiver.receive(request, tenant, id)
        .compose(ImportService::refuseWhenNothingAccepted)
        .compose(batch -> queue(tenant, id, batch, StacksIds.uuid(okapi.userId())))
        .recover(e -> staging.discard(db.pool(), tenant, id).otherwiseEmpty().compose(x -> Future.failedFuture(e)))
        .compose(x -> status(tenant, id.toString()));
  }

  public Future<StacksImport> status(String tenant, String importId) {
    UUID id = StacksIds.uuid(importId);
    if (id == null) {
      return Future.failedFuture(ApiError.notFound("No import " + importId));
    }
    return imports.find(db.pool(), tenant, id).compose(found -> found.isEmpty()
        ? Future.failedFuture(ApiError.notFound("No import " + importId))
        : JobQueue.find(db.pool(), tenant, StacksImportJob.TYPE, found.get().jobId())
            .map(job -> ImportView.document(found.get(), job)));
  }

  private static Future<ImportBatch> refuseWhenNothingAccepted(ImportBatch batch) {
    if (batch.accepted() > 0) {
      return Future.succeededFuture(batch);
    }
    String why = batch.rejected().isEmpty() ? "the file has no record lines"
        : batch.rejectedTotal() + " lines rejected; line " + batch.rejected().get(0).lineNo() + ": " + batch.rejected().get(0).reason();
    return Future.failedFuture(ApiError.refused("NO_RECORDS", "Nothing to import: " + why));
  }

  private Future<Void> queue(String tenant, UUID id, ImportBatch batch, UUID user) {
    JsonArray rejected = new JsonArray();
    batch.rejected().forEach(r -> rejected.add(new JsonObject().put("line", r.lineNo()).put("reason", r.reason())));
    return db.inTransaction(conn -> staging.stage(conn, tenant, id, batch.take())
        .compose(x -> JobQueue.enqueue(conn, tenant, StacksImportJob.TYPE, StacksImportJob.payload(id),
            new JsonObject().put("importId", id.toString()).put("percent", 0)))
        .compose(jobId -> imports.insert(conn, tenant, id, jobId, batch, rejected.encode(), user)));
  }
}

package org.folio.access.eholdings.kbart;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.folio.access.eholdings.kbart.KbartReceiver.Received;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.QueryParam;
import org.folio.access.platform.http.Upload;
import org.folio.access.platform.jobs.JobQueue;

/**
 * KBART imports: start = check the request -> stream the file into staging -> refuse a file with no valid
 * line -> queue (last batch, provider, package, import record and job in one transaction); status = the
 * import record and its job.
 */
public final class KbartImportService {
  private static final List<String> MEDIA_TYPES = List.of("text/tab-separated-values", "text/tsv", "text/plain");
  private static final int NAME_LIMIT = 200;
  private final Db db;
  private final KbartReceiver receiver;
  private final KbartStagingRepository staging;
  private final KbartImportRepository imports;

  KbartImportService(Db db, KbartReceiver receiver, KbartStagingRepository staging, KbartImportRepository imports) {
    this.db = db;
    this.receiver = receiver;
    this.staging = staging;
    this.imports = imports;
  }

  /** Starts an import; the request's body must still be unread (it is paused here, before anything async). */
  public Future<ImportStatus> start(OkapiContext okapi, String providerName, String packageName, String contentType,
      Upload upload) {
    HttpServerRequest request = upload.request();
    request.pause();
    try {
      requireName("providerName", providerName);
      requireName("packageName", packageName);
      requireTabSeparated(upload.contentType());
      requireWithinLimit(request.getHeader("Content-Length"));
    } catch (RuntimeException e) {
      KbartReceiver.discardRest(request);
      return Future.failedFuture(e);
    }
    String tenant = okapi.tenant();
    UUID importId = UUID.randomUUID();
    String providerKey = KbartImportRepository.key(providerName);
    return receiver.receive(request, tenant, importId, providerKey, contentType)
        .compose(this::refuseWhenNothingAccepted)
        .compose(received -> queue(okapi, importId, providerName, packageName, contentType, received))
        .recover(e -> staging.discard(db.pool(), tenant, importId).otherwiseEmpty().compose(x -> Future.failedFuture(e)))
        .compose(x -> status(tenant, importId.toString()));
  }

  public Future<ImportStatus> status(String tenant, String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(new JsonApiError(400, "KBART import id is invalid - " + id, null));
    }
    return imports.find(db.pool(), tenant, uuid).compose(imp -> imp == null
        ? Future.failedFuture(new JsonApiError(404, "KBART import not found", null))
        : JobQueue.find(db.pool(), tenant, KbartImportJob.TYPE, imp.jobId()).map(job -> new ImportStatus(imp, job)));
  }

  private Future<Received> refuseWhenNothingAccepted(Received received) {
    if (received.accepted() > 0) {
      return Future.succeededFuture(received);
    }
    String first = received.rejected().isEmpty() ? "the file has no title lines"
        : received.rejectedTotal() + " rejected; line " + received.rejected().get(0).lineNo() + ": "
            + received.rejected().get(0).reason();
    return Future.failedFuture(new JsonApiError(422, "No valid KBART line", "Nothing to import: " + first));
  }

  Future<Void> queue(OkapiContext okapi, UUID importId, String providerName, String packageName,
      String contentType, Received received) {
    String tenant = okapi.tenant();
    JsonObject progress = new JsonObject().put("importId", importId.toString()).put("phase", ImportRecord.MERGING);
    String rejected = Jsonb.write(received.rejected().stream().map(r -> new RejectedLine(r.lineNo(), r.reason())).toList());
    String warned = Jsonb.write(received.warnings().stream().map(r -> new RejectedLine(r.lineNo(), r.reason())).toList());
    return db.inTransaction(conn -> staging.stage(conn, tenant, importId, received.lastBatch())
        .compose(x -> imports.ensureProvider(conn, tenant, providerName))
        .compose(providerId -> imports.ensurePackage(conn, tenant, providerId, packageName, contentType)
            .compose(packageId -> JobQueue.enqueue(conn, tenant, KbartImportJob.TYPE, KbartImportJob.payload(importId), progress)
                .compose(jobId -> imports.insert(conn, tenant, new ImportRecord(importId, jobId, providerId, packageId,
                    providerName.trim(), packageName.trim(), contentType, received.linesRead(), received.accepted(),
                    received.rejectedTotal(), rejected, received.linesWarned(), warned, ImportRecord.MERGING, "", 0, MergeCounts.NONE, null, null),
                    userId(okapi))))));
  }

  /** A stored rejection or warning: {line, reason}. */
  record RejectedLine(int line, String reason) {}

  private static void requireName(String param, String value) {
    if (value.isBlank()) {
      throw QueryParam.incorrect(param, value, "must not be blank");
    }
    if (value.trim().length() > NAME_LIMIT) {
      throw QueryParam.incorrect(param, value, "must be at most " + NAME_LIMIT + " characters");
    }
  }

  private static void requireTabSeparated(String contentType) {
    String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
    boolean utf8 = true;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim().replace("\"", "");
      if (p.startsWith("charset=")) {
        utf8 = p.equals("charset=utf-8") || p.equals("charset=us-ascii");
      }
    }
    if (!MEDIA_TYPES.contains(parts[0].trim()) || !utf8) {
      throw new JsonApiError(415, "Unsupported media type",
          "Send the KBART file as text/tab-separated-values in UTF-8, not " + contentType);
    }
  }

  private void requireWithinLimit(String contentLength) {
    if (contentLength != null && contentLength.matches("\\d{1,18}") && Long.parseLong(contentLength) > receiver.limitBytes()) {
      throw KbartReceiver.tooLarge(receiver.limitBytes());
    }
  }

  private static UUID userId(OkapiContext okapi) {
    try {
      return okapi.userId() == null ? null : UUID.fromString(okapi.userId());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

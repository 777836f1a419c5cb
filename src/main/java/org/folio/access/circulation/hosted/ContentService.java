package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.folio.access.circulation.Ids;
import org.folio.access.circulation.NamedRecords;
import org.folio.access.circulation.lendables.LendableRepository;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.eholdings.titles.HostedTitles;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Upload;
import org.folio.access.platform.jobs.JobQueue;
import org.folio.access.rest.model.EcontentContentUpdate;

/** Hosted e-books: upload (stream -> records -> jobs), reading, describing and deleting them. */
public final class ContentService {
  private final Db db;
  private final ContentRepository contents;
  private final NamedRecords categories;
  private final MultipartReceiver receiver;
  private final ContentStore store;
  private final HostedTitles titles;
  private final LendableRepository lendables;
  private final LoanRepository loans;
  private final long uploadLimitBytes;

  ContentService(Db db, ContentRepository contents, NamedRecords categories, ContentStore store, HostedTitles titles,
      LendableRepository lendables, LoanRepository loans, long uploadLimitBytes) {
    this.db = db;
    this.contents = contents;
    this.categories = categories;
    this.receiver = new MultipartReceiver(store);
    this.store = store;
    this.titles = titles;
    this.lendables = lendables;
    this.loans = loans;
    this.uploadLimitBytes = uploadLimitBytes;
  }

  /** receiveFiles -> readForm -> refuseUnknownCategory -> recordAndQueue; refused uploads leave nothing stored. */
  public Future<List<String>> upload(OkapiContext okapi, Upload upload) {
    HttpServerRequest request = upload.request();
    request.pause();
    String tenant = okapi.tenant();
    return receiver.receive(request, tenant, uploadLimitBytes).compose(received -> {
      List<UploadForm.ReceivedFile> files = received.files();
      return Future.succeededFuture(received)
          .map(r -> UploadForm.drafts(r.form(), files))
          .compose(drafts -> db.inTransaction(conn -> refuseUnknownCategory(conn, tenant, drafts.get(0).categoryId())
              .compose(x -> recordAndQueue(conn, tenant, drafts, Ids.uuid(okapi.userId())))))
          .recover(e -> removeFiles(tenant, files).compose(x -> Future.failedFuture(e)));
    });
  }

  private Future<List<String>> recordAndQueue(io.vertx.sqlclient.SqlConnection conn, String tenant, List<ContentDraft> drafts,
      UUID createdBy) {
    Future<Void> all = Future.succeededFuture();
    for (ContentDraft draft : drafts) {
      all = all.compose(x -> contents.insert(conn, tenant, draft, createdBy))
          .compose(x -> JobQueue.enqueue(conn, tenant, ProcessingJob.TYPE, ProcessingJob.payload(draft.id()), new JsonObject()))
          .mapEmpty();
    }
    return all.compose(x -> contents.documents(conn, tenant, drafts.stream().map(ContentDraft::id).toList()));
  }

  private Future<Void> removeFiles(String tenant, List<UploadForm.ReceivedFile> files) {
    return Future.join(files.stream().map(f -> store.delete(tenant, f.fileId())).toList()).otherwiseEmpty().mapEmpty();
  }

  private Future<Void> refuseUnknownCategory(io.vertx.sqlclient.SqlClient client, String tenant, UUID categoryId) {
    if (categoryId == null) {
      return Future.succeededFuture();
    }
    return categories.exists(client, tenant, categoryId).compose(exists -> exists ? Future.<Void>succeededFuture()
        : Future.failedFuture(new ApiError(422, "UNKNOWN_CATEGORY", "categoryId names no category of this tenant",
            List.of(new ApiError.ErrorParameter("categoryId", categoryId.toString())))));
  }

  public Future<String> get(String tenant, String contentId) {
    UUID id = Ids.uuid(contentId);
    return (id == null ? Future.succeededFuture(java.util.Optional.<String>empty()) : contents.document(db.pool(), tenant, id))
        .compose(doc -> doc.isPresent() ? Future.succeededFuture(doc.get()) : Future.failedFuture(notFound(contentId)));
  }

  public Future<CqlCollection.Page> list(String tenant, String cql, long offset, long limit) {
    return contents.page(db.pool(), tenant, cql, offset, limit);
  }

  /** Replaces metadata and tags (name and category when given); a processed book's knowledge-base title follows. */
  public Future<String> describe(String tenant, String contentId, EcontentContentUpdate update) {
    UUID id = Ids.uuid(contentId);
    if (id == null) {
      return Future.failedFuture(notFound(contentId));
    }
    UUID category = update.getCategoryId() == null ? null : Ids.uuid(update.getCategoryId());
    if (update.getCategoryId() != null && category == null) {
      return Future.failedFuture(ApiError.invalid("categoryId", update.getCategoryId(), "categoryId must be a UUID"));
    }
    JsonObject metadata = update.getMetadata() == null ? new JsonObject() : JsonObject.mapFrom(update.getMetadata());
    List<String> tags = update.getTags() == null ? List.of() : update.getTags().stream().map(String::trim).distinct().toList();
    return db.inTransaction(conn -> refuseUnknownCategory(conn, tenant, category)
            .compose(x -> contents.describe(conn, tenant, id, update.getName(), category, tags, metadata))
            .compose(found -> found ? contents.find(conn, tenant, id) : Future.failedFuture(notFound(contentId)))
            .compose(row -> row.get().resourceId() == null ? Future.<Void>succeededFuture()
                : titles.update(conn, tenant, row.get().resourceId(),
                    TitleFacts.of(update.getName() == null ? row.get().name() : update.getName(), metadata))))
        .compose(x -> get(tenant, contentId));
  }

  /** Refused while loans are open; the lendable is retired (its history stays), the title and the file go. */
  public Future<Void> delete(String tenant, String contentId) {
    UUID id = Ids.uuid(contentId);
    if (id == null) {
      return Future.failedFuture(notFound(contentId));
    }
    return db.inTransaction(conn -> contents.find(conn, tenant, id)
            .compose(row -> row.isEmpty() ? Future.failedFuture(notFound(contentId)) : removeLending(conn, tenant, row.get()))
            .compose(x -> contents.delete(conn, tenant, id)))
        .compose(x -> store.delete(tenant, id));
  }

  private Future<Void> removeLending(io.vertx.sqlclient.SqlConnection conn, String tenant, ContentRow row) {
    if (row.resourceId() == null) {
      return Future.succeededFuture();
    }
    return lendables.lock(conn, tenant, row.resourceId())
        .compose(x -> loans.dueDates(conn, tenant, row.resourceId()))
        .compose(open -> open.isEmpty() ? Future.succeededFuture()
            : Future.failedFuture(ApiError.conflict("CONTENT_ON_LOAN", "The book has " + open.size() + " open loan"
                + (open.size() == 1 ? "" : "s") + "; it can be deleted once they end")))
        .compose(x -> lendables.retire(conn, tenant, row.resourceId()))
        .compose(x -> titles.remove(conn, tenant, row.resourceId()));
  }

  static ApiError notFound(String contentId) {
    return ApiError.notFound("No hosted content " + contentId);
  }
}

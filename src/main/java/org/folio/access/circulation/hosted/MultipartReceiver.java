package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.folio.access.platform.errors.ApiError;

/**
 * Reads a multipart upload: each file part is streamed into the content store as it arrives (the request
 * is paused while the store catches up), the form fields are collected. If anything fails, the files
 * stored so far are removed and the rest of the body is let pass, so the connection can answer.
 */
final class MultipartReceiver {
  private final ContentStore store;

  /** The files (in the order they came) and the form fields of one request. */
  record Received(List<UploadForm.ReceivedFile> files, MultiMap form) {}

  MultipartReceiver(ContentStore store) {
    this.store = store;
  }

  /** The request must still be unread (paused); limitBytes bounds every file and the declared request size. */
  Future<Received> receive(HttpServerRequest request, String tenant, long limitBytes) {
    String declared = request.getHeader("Content-Length");
    if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > limitBytes) {
      letRestPass(request);
      return Future.failedFuture(ChunkedUpload.tooLarge(limitBytes));
    }
    String type = request.getHeader("Content-Type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
      letRestPass(request);
      return Future.failedFuture(ApiError.badRequest("MULTIPART_REQUIRED",
          "Upload files as multipart/form-data with one part named file per book", "Content-Type", type));
    }
    List<Future<UploadForm.ReceivedFile>> files = new ArrayList<>();
    Promise<Received> result = Promise.promise();
    request.setExpectMultipart(true);
    request.uploadHandler(upload -> files.add(storeOne(upload, tenant, limitBytes)));
    request.exceptionHandler(result::tryFail);
    request.endHandler(x -> Future.join(files).onComplete(all -> {
      if (all.succeeded()) {
        result.tryComplete(new Received(files.stream().map(Future::result).toList(), request.formAttributes()));
      } else {
        result.tryFail(all.cause());
      }
    }));
    request.resume();
    return result.future().recover(e -> removeAll(tenant, files).compose(x -> Future.failedFuture(e)));
  }

  private Future<UploadForm.ReceivedFile> storeOne(HttpServerFileUpload upload, String tenant, long limitBytes) {
    UUID fileId = UUID.randomUUID();
    return store.write(tenant, fileId, upload, limitBytes)
        .map(stored -> new UploadForm.ReceivedFile(fileId, upload.filename(), upload.contentType(), stored));
  }

  /** Removes the stored files of a refused upload (those that were stored; the store removed its own partial ones). */
  Future<Void> removeAll(String tenant, List<Future<UploadForm.ReceivedFile>> files) {
    List<Future<Void>> removals = files.stream().filter(Future::succeeded)
        .map(f -> store.delete(tenant, f.result().fileId())).toList();
    return Future.join(removals).otherwiseEmpty().mapEmpty();
  }

  private static void letRestPass(HttpServerRequest request) {
    if (!request.isEnded()) {
      request.handler(b -> { });
      request.resume();
    }
  }
}

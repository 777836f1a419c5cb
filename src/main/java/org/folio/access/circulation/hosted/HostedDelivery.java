package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.http.Reply;
import org.folio.access.platform.http.StreamedBody;

/**
 * Delivers hosted files through fulfilment links: the whole file (200), one range (206), unchanged (304) or a
 * range the file does not have (416), streamed from the content store with the response's back-pressure.
 */
public final class HostedDelivery {
  private final Db db;
  private final ContentRepository contents;
  private final ContentStore store;

  HostedDelivery(Db db, ContentRepository contents, ContentStore store) {
    this.db = db;
    this.contents = contents;
    this.store = store;
  }

  /** The answer for a borrower of resourceId, or empty when the resource is not hosted content. */
  public Future<Optional<Reply>> answer(String tenant, String resourceId, String range, String ifNoneMatch) {
    return contents.ofResource(db.pool(), tenant, resourceId)
        .compose(found -> found.isEmpty() ? Future.succeededFuture(Optional.empty())
            : reply(tenant, found.get(), range, ifNoneMatch).map(Optional::of));
  }

  private Future<Reply> reply(String tenant, ContentRow content, String range, String ifNoneMatch) {
    String etag = "\"" + content.sha256() + "\"";
    Map<String, String> headers = new HashMap<>(Map.of("ETag", etag, "Accept-Ranges", "bytes",
        "Cache-Control", "private, no-store"));
    if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
      return Future.succeededFuture(new Reply(304, null, null, headers));
    }
    long size = content.sizeBytes();
    Optional<ByteRange> asked;
    try {
      asked = ByteRange.of(range, size);
    } catch (ByteRange.NotSatisfiable e) {
      return Future.failedFuture(new ApiError(416, "RANGE_NOT_SATISFIABLE", "The file has " + size + " bytes; the Range "
          + "asks for others (Content-Range: bytes */" + size + ")", List.of(new ApiError.ErrorParameter("Range", range))));
    }
    ByteRange bytes = asked.orElse(new ByteRange(0, size - 1));
    headers.put("Content-Type", "pdf".equals(content.fileType()) ? "application/pdf" : "application/epub+zip");
    headers.put("Content-Length", String.valueOf(size == 0 ? 0 : bytes.length()));
    if (asked.isPresent()) {
      headers.put("Content-Range", "bytes " + bytes.first() + "-" + bytes.last() + "/" + size);
    }
    StreamedBody body = response -> (size == 0 ? Future.<Void>succeededFuture()
        : store.read(tenant, content.id(), bytes.first(), bytes.last(), response)).compose(x -> response.end());
    return Future.succeededFuture(new Reply(asked.isPresent() ? 206 : 200, null, body, headers));
  }
}

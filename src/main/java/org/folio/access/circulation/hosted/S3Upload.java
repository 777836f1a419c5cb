package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.folio.access.connectors.common.UpstreamFailure;

/**
 * One file into S3: a single chunk is one PutObject; more make a multipart upload (create on the first chunk, one
 * UploadPart per chunk, complete after the last). A failed upload is aborted and its object removed.
 */
final class S3Upload implements ChunkedUpload.Sink {
  private static final Pattern UPLOAD_ID = Pattern.compile("<UploadId>([^<]+)</UploadId>");
  private final S3ContentStore store;
  private final String key;
  private final List<String> etags = new ArrayList<>();
  private String uploadId;

  S3Upload(S3ContentStore store, String key) {
    this.store = store;
    this.key = key;
  }

  @Override
  public Future<Void> put(int seq, Buffer data, boolean last) {
    if (seq == 0 && last) {
      return store.put(key, Map.of(), data).mapEmpty();
    }
    Future<Void> started = seq > 0 ? Future.succeededFuture() : store.call(HttpMethod.POST, key, Map.of("uploads", ""), Buffer.buffer())
        .compose(this::begun);
    return started
        .compose(x -> store.put(key, Map.of("partNumber", String.valueOf(seq + 1), "uploadId", uploadId), data))
        .compose(etag -> {
          etags.add(etag);
          return last ? complete() : Future.succeededFuture();
        });
  }

  private Future<Void> begun(Buffer answer) {
    Matcher m = UPLOAD_ID.matcher(answer.toString());
    if (!m.find()) {
      return Future.failedFuture(new UpstreamFailure(UpstreamFailure.Kind.PROTOCOL, 200, null, "no UploadId in the answer"));
    }
    uploadId = m.group(1);
    return Future.succeededFuture();
  }

  /** CompleteMultipartUpload; S3 may answer 200 with an error in the body, which fails too. */
  private Future<Void> complete() {
    StringBuilder xml = new StringBuilder("<CompleteMultipartUpload>");
    for (int i = 0; i < etags.size(); i++) {
      xml.append("<Part><PartNumber>").append(i + 1).append("</PartNumber><ETag>").append(etags.get(i)).append("</ETag></Part>");
    }
    xml.append("</CompleteMultipartUpload>");
    return store.call(HttpMethod.POST, key, Map.of("uploadId", uploadId), Buffer.buffer(xml.toString()))
        .compose(answer -> answer.toString().contains("<Error>")
            ? Future.failedFuture(new UpstreamFailure(UpstreamFailure.Kind.UNAVAILABLE, 200, null, "multipart upload not completed"))
            : Future.succeededFuture());
  }

  /** Aborts the multipart upload (if one began) and removes the object, whatever got stored. */
  Future<Void> abandon() {
    Future<Void> aborted = uploadId == null ? Future.succeededFuture()
        : store.call(HttpMethod.DELETE, key, Map.of("uploadId", uploadId), Buffer.buffer()).otherwiseEmpty().mapEmpty();
    return aborted.compose(x -> store.call(HttpMethod.DELETE, key, Map.of(), Buffer.buffer()).otherwiseEmpty().mapEmpty());
  }
}

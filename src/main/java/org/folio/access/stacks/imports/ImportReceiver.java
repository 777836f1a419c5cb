package org.folio.access.stacks.imports;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.parsetools.RecordParser;
import io.vertx.sqlclient.Pool;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.folio.access.platform.errors.ApiError;

/**
 * Streams one upload into the staging tables: the request is cut into lines by Vert.x's RecordParser, each line
 * read into a record, records staged in batches. When the database falls behind, the parser (and so the request)
 * is paused: memory stays bounded by two batches whatever the size of the file. The last batch is left to the
 * caller, to be staged in the transaction that queues the import.
 */
final class ImportReceiver {
  static final int STAGE_BATCH = 2000;
  static final int MAX_LINE_BYTES = 256 * 1024;
  private final Pool pool;
  private final ImportStagingRepository staging;
  private final long limitBytes;

  ImportReceiver(Pool pool, ImportStagingRepository staging, long limitBytes) {
    this.pool = pool;
    this.staging = staging;
    this.limitBytes = limitBytes;
  }

  long limitBytes() {
    return limitBytes;
  }

  /** Reads the (paused) request to its end; fails only after any batch being written is written. */
  Future<ImportBatch> receive(HttpServerRequest request, String tenant, UUID importId) {
    return new Upload(request, tenant, importId).start();
  }

  private final class Upload {
    private final HttpServerRequest request;
    private final String tenant;
    private final UUID importId;
    private final ImportBatch batch = new ImportBatch();
    private final Promise<ImportBatch> result = Promise.promise();
    private RecordParser parser;
    private Future<Void> writing = Future.succeededFuture();
    private long bytes;
    private int lineNo;

    Upload(HttpServerRequest request, String tenant, UUID importId) {
      this.request = request;
      this.tenant = tenant;
      this.importId = importId;
    }

    Future<ImportBatch> start() {
      parser = RecordParser.newDelimited("\n", request).maxRecordSize(MAX_LINE_BYTES);
      parser.handler(this::line);
      parser.exceptionHandler(e -> fail(e instanceof IllegalStateException
          ? ApiError.badRequest("LINE_TOO_LONG", "A line is longer than " + MAX_LINE_BYTES + " bytes", "body", null) : e));
      parser.endHandler(x -> writing.onComplete(done -> {
        if (done.succeeded()) {
          result.tryComplete(batch);
        } else {
          result.tryFail(done.cause());
        }
      }));
      if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
        request.response().writeContinue();
      }
      request.resume();
      return result.future();
    }

    private void line(Buffer buffer) {
      if (result.future().isComplete()) {
        return;
      }
      bytes += buffer.length() + 1;
      if (bytes > limitBytes) {
        fail(tooLarge(limitBytes));
        return;
      }
      lineNo++;
      batch.add(ImportLineParser.parse(lineNo, text(buffer, lineNo)));
      if (batch.size() >= STAGE_BATCH) {
        stage(batch.take());
      }
    }

    /** One batch is written while the next fills; reading pauses only when a second batch is full first. */
    private void stage(ImportBatch.Staged lines) {
      Future<Void> previous = writing;
      if (previous.isComplete()) {
        writing = write(lines);
        return;
      }
      parser.pause();
      Promise<Void> next = Promise.promise();
      previous.onComplete(ar -> {
        if (ar.succeeded()) {
          write(lines).onComplete(next);
          parser.resume();
        } else {
          next.fail(ar.cause());
        }
      });
      writing = next.future();
    }

    private Future<Void> write(ImportBatch.Staged lines) {
      return staging.stage(pool, tenant, importId, lines).onFailure(this::fail);
    }

    private void fail(Throwable failure) {
      if (result.future().isComplete()) {
        return;
      }
      discardRest(request);
      writing.onComplete(x -> result.tryFail(failure));
    }
  }

  /** A line as text: UTF-8, a CR before the LF and a byte order mark at the start dropped. */
  static String text(Buffer buffer, int lineNo) {
    byte[] bytes = buffer.getBytes();
    int start = lineNo == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    int end = bytes.length > start && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return new String(bytes, start, end - start, StandardCharsets.UTF_8);
  }

  /** Lets the rest of a body that will not be read pass, so that the connection can answer. */
  static void discardRest(HttpServerRequest request) {
    if (!request.isEnded()) {
      request.handler(b -> { });
      request.endHandler(x -> { });
      request.resume();
    }
  }

  static ApiError tooLarge(long limitBytes) {
    return new ApiError(413, "FILE_TOO_LARGE", "The upload limit is " + limitBytes + " bytes", List.of());
  }
}

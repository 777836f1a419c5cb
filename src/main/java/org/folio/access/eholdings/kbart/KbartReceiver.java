package org.folio.access.eholdings.kbart;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.UUID;
import org.folio.access.platform.errors.JsonApiError;

/**
 * Streams one upload into kbart_staged_lines: bytes -> lines -> parsed lines -> batches. When the database falls
 * behind, the request is paused, so the client is held back by TCP and memory stays bounded by two batches
 * and one line, whatever the size of the file. The last batch is left to the caller, to be staged in the
 * transaction that queues the import.
 */
final class KbartReceiver {
  static final int MAX_LINE_BYTES = 64 * 1024;
  static final int STAGE_BATCH = 2000;
  private final Pool pool;
  private final KbartStagingRepository staging;
  private final long limitBytes;

  /** What one upload held: counts, the first rejections and warnings, and the accepted lines not staged yet. */
  record Received(int linesRead, int accepted, int rejectedTotal, List<KbartLine.Rejected> rejected, int linesWarned,
      List<KbartLine.Rejected> warnings, List<KbartLine.Accepted> lastBatch) {

    /** What the reader took in, with the batch it holds that is not staged yet. */
    static Received of(KbartReader reader) {
      return new Received(reader.linesRead(), reader.accepted(), reader.rejectedTotal(), reader.rejectedFirst(),
          reader.linesWarned(), reader.warningsFirst(), reader.takeBatch());
    }
  }

  KbartReceiver(Pool pool, KbartStagingRepository staging, long limitBytes) {
    this.pool = pool;
    this.staging = staging;
    this.limitBytes = limitBytes;
  }

  long limitBytes() {
    return limitBytes;
  }

  /** Reads the (paused) request to its end; a failure comes only after any batch being written is written. */
  Future<Received> receive(HttpServerRequest request, String tenant, UUID importId, String providerKey, String contentType) {
    return new Upload(request, tenant, importId, new KbartReader(providerKey, contentType, MAX_LINE_BYTES)).start();
  }

  private final class Upload {
    private final HttpServerRequest request;
    private final String tenant;
    private final UUID importId;
    private final KbartReader reader;
    private final LineSplitter splitter;
    private final Promise<Received> result = Promise.promise();
    private Future<Void> writing = Future.succeededFuture();
    private long bytes;

    Upload(HttpServerRequest request, String tenant, UUID importId, KbartReader reader) {
      this.request = request;
      this.tenant = tenant;
      this.importId = importId;
      this.reader = reader;
      this.splitter = new LineSplitter(MAX_LINE_BYTES, reader);
    }

    Future<Received> start() {
      request.handler(this::chunk);
      request.endHandler(x -> writing.onSuccess(y -> end()));
      request.exceptionHandler(this::fail);
      if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
        request.response().writeContinue();
      }
      request.resume();
      return result.future();
    }

    private void chunk(Buffer buffer) {
      if (result.future().isComplete()) {
        return;
      }
      bytes += buffer.length();
      if (bytes > limitBytes) {
        fail(tooLarge(limitBytes));
        return;
      }
      try {
        splitter.feed(buffer.getBytes());
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      if (reader.batchSize() >= STAGE_BATCH) {
        stage(reader.takeBatch());
      }
    }

    /**
     * One batch is written while the next one fills: reading goes on during a write, and pauses only when a
     * second batch is full before the first is written. So at most two batches are held.
     */
    private void stage(List<KbartLine.Accepted> batch) {
      Future<Void> previous = writing;
      if (previous.isComplete()) {
        writing = write(batch);
        return;
      }
      request.pause();
      Promise<Void> next = Promise.promise();
      previous.onComplete(ar -> {
        if (ar.succeeded()) {
          write(batch).onComplete(next);
          request.resume();
        } else {
          next.fail(ar.cause());
        }
      });
      writing = next.future();
    }

    private Future<Void> write(List<KbartLine.Accepted> batch) {
      return staging.stage(pool, tenant, importId, batch).onFailure(this::fail);
    }

    private void end() {
      try {
        splitter.finish();
        if (!reader.sawHeader()) {
          throw KbartHeader.notKbart("the file is empty");
        }
        result.tryComplete(Received.of(reader));
      } catch (RuntimeException e) {
        fail(e);
      }
    }

    /** Stops reading (the rest of the body is discarded) and fails once no batch is being written. */
    private void fail(Throwable failure) {
      if (result.future().isComplete()) {
        return;
      }
      discardRest(request);
      writing.onComplete(x -> result.tryFail(failure));
    }
  }

  /** Lets the rest of a body that will not be read pass, so that the connection can answer and go on. */
  static void discardRest(HttpServerRequest request) {
    if (!request.isEnded()) {
      request.handler(b -> { });
      request.resume();
    }
  }

  static JsonApiError tooLarge(long limitBytes) {
    return new JsonApiError(413, "KBART file too large", "The upload limit is " + limitBytes + " bytes");
  }
}

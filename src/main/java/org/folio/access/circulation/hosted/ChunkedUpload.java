package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.folio.access.platform.errors.ApiError;

/**
 * One upload cut into chunks of a store's size, handed to the store in order: a full chunk is handed on when the
 * next byte arrives (so the store learns which chunk is the last), one is written while the next fills, and the
 * source waits only when a second one is full before the first is written. Memory holds at most three chunks
 * whatever the file's size. Past limitBytes it stops with 413; the store removes what it wrote.
 */
final class ChunkedUpload {
  /** Where the chunks go: seq counts from 0; last is true once, for the final chunk (empty for an empty file). */
  interface Sink {
    Future<Void> put(int seq, Buffer data, boolean last);
  }

  private final ReadStream<Buffer> source;
  private final long limitBytes;
  private final int chunkBytes;
  private final Sink sink;
  private final MessageDigest digest = sha256();
  private final Promise<ContentStore.StoredFile> result = Promise.promise();
  private Buffer chunk;
  private Future<Void> writing = Future.succeededFuture();
  private long size;
  private int seq;
  private boolean failed;

  ChunkedUpload(ReadStream<Buffer> source, long limitBytes, int chunkBytes, Sink sink) {
    this.source = source;
    this.limitBytes = limitBytes;
    this.chunkBytes = chunkBytes;
    this.sink = sink;
    this.chunk = Buffer.buffer(chunkBytes);
  }

  /** Reads the source to its end; the size and SHA-256 of what was stored. */
  Future<ContentStore.StoredFile> start() {
    source.handler(this::bytes);
    source.exceptionHandler(this::fail);
    source.endHandler(x -> {
      if (!failed && !result.future().isComplete()) {
        flush(true).onSuccess(y -> result.tryComplete(new ContentStore.StoredFile(size, HexFormat.of().formatHex(digest.digest()))));
      }
    });
    source.resume();
    return result.future();
  }

  private void bytes(Buffer buffer) {
    if (failed || result.future().isComplete()) {
      return;
    }
    size += buffer.length();
    if (size > limitBytes) {
      fail(tooLarge(limitBytes));
      return;
    }
    digest.update(buffer.getBytes());
    int offset = 0;
    while (offset < buffer.length()) {
      if (chunk.length() == chunkBytes) {
        flush(false);
      }
      int take = Math.min(chunkBytes - chunk.length(), buffer.length() - offset);
      chunk.appendBuffer(buffer, offset, take);
      offset += take;
    }
  }

  private Future<Void> flush(boolean last) {
    Buffer full = chunk;
    int number = seq++;
    chunk = last ? Buffer.buffer(0) : Buffer.buffer(chunkBytes);
    boolean busy = !writing.isComplete();
    if (busy) {
      source.pause();
    }
    writing = writing.compose(x -> sink.put(number, full, last))
        .onSuccess(x -> {
          if (busy) {
            source.resume();
          }
        })
        .onFailure(this::fail);
    return writing;
  }

  /**
   * Stops at once: no further chunk is handed on (so the store's removal cannot race a late write), the source is
   * let run to its end unread, and the upload fails once the chunk being written is done.
   */
  private void fail(Throwable failure) {
    if (!failed && !result.future().isComplete()) {
      failed = true;
      source.resume();
      writing.onComplete(x -> result.tryFail(failure));
    }
  }

  static ApiError tooLarge(long limitBytes) {
    return new ApiError(413, "UPLOAD_TOO_LARGE", "The upload is larger than the limit of " + (limitBytes >> 20) + " MB",
        List.of());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

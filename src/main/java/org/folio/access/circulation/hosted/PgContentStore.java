package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.streams.WriteStream;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.errors.ApiError;

/**
 * The content store in the tenant's schema: files in chunks of CHUNK_BYTES (econtent_content_chunks), one row a
 * chunk, so a range is read from the chunks it covers and an upload holds one chunk in memory.
 */
public final class PgContentStore implements ContentStore {
  static final int CHUNK_BYTES = 256 * 1024;
  /** Chunks fetched per read statement while streaming a range. */
  private static final int CHUNKS_PER_READ = 8;
  private final Pool pool;

  public PgContentStore(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<StoredFile> write(String tenant, UUID fileId, ReadStream<Buffer> source, long limitBytes) {
    return new ChunkWriter(tenant, fileId, source, limitBytes).start()
        .recover(e -> delete(tenant, fileId).otherwiseEmpty().compose(x -> Future.failedFuture(e)));
  }

  @Override
  public Future<Void> read(String tenant, UUID fileId, long from, long to, WriteStream<Buffer> target) {
    return readChunks(tenant, fileId, from, to, (int) (from / CHUNK_BYTES), target);
  }

  private Future<Void> readChunks(String tenant, UUID fileId, long from, long to, int firstSeq, WriteStream<Buffer> target) {
    int lastSeq = (int) Math.min(to / CHUNK_BYTES, firstSeq + CHUNKS_PER_READ - 1L);
    return pool.preparedQuery("SELECT seq, data FROM " + Schemas.table(tenant, "econtent_content_chunks")
            + " WHERE file_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq")
        .execute(Tuple.of(fileId, firstSeq, lastSeq))
        .compose(rows -> {
          Future<Void> written = Future.succeededFuture();
          for (Row row : rows) {
            long chunkStart = (long) row.getInteger("seq") * CHUNK_BYTES;
            Buffer data = row.getBuffer("data");
            int begin = (int) Math.max(0, from - chunkStart);
            int end = (int) Math.min(data.length(), to - chunkStart + 1);
            Buffer part = data.slice(begin, end);
            written = written.compose(x -> writeRespectingPressure(target, part));
          }
          return written;
        })
        .compose(x -> (long) lastSeq * CHUNK_BYTES + CHUNK_BYTES > to ? Future.<Void>succeededFuture()
            : readChunks(tenant, fileId, from, to, lastSeq + 1, target));
  }

  private static Future<Void> writeRespectingPressure(WriteStream<Buffer> target, Buffer part) {
    Future<Void> written = target.write(part);
    if (!target.writeQueueFull()) {
      return written;
    }
    Promise<Void> drained = Promise.promise();
    target.drainHandler(x -> drained.tryComplete());
    return drained.future();
  }

  @Override
  public Future<Void> delete(String tenant, UUID fileId) {
    return pool.preparedQuery("DELETE FROM " + Schemas.table(tenant, "econtent_content_chunks") + " WHERE file_id = $1")
        .execute(Tuple.of(fileId)).mapEmpty();
  }

  static ApiError tooLarge(long limitBytes) {
    return new ApiError(413, "UPLOAD_TOO_LARGE", "The upload is larger than the limit of " + (limitBytes >> 20) + " MB",
        java.util.List.of());
  }

  /** One upload: fills a chunk, writes it while the source is paused, and so on to the end. */
  private final class ChunkWriter {
    private final String tenant;
    private final UUID fileId;
    private final ReadStream<Buffer> source;
    private final long limitBytes;
    private final MessageDigest digest = sha256();
    private final Promise<StoredFile> result = Promise.promise();
    private Buffer chunk = Buffer.buffer(CHUNK_BYTES);
    private Future<Void> writing = Future.succeededFuture();
    private long size;
    private int seq;

    ChunkWriter(String tenant, UUID fileId, ReadStream<Buffer> source, long limitBytes) {
      this.tenant = tenant;
      this.fileId = fileId;
      this.source = source;
      this.limitBytes = limitBytes;
    }

    Future<StoredFile> start() {
      source.handler(this::bytes);
      source.exceptionHandler(this::fail);
      source.endHandler(x -> {
        if (!result.future().isComplete()) {
          flush().onSuccess(y -> result.tryComplete(new StoredFile(size, HexFormat.of().formatHex(digest.digest()))));
        }
      });
      source.resume();
      return result.future();
    }

    private void bytes(Buffer buffer) {
      if (result.future().isComplete()) {
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
        int take = Math.min(CHUNK_BYTES - chunk.length(), buffer.length() - offset);
        chunk.appendBuffer(buffer, offset, take);
        offset += take;
        if (chunk.length() == CHUNK_BYTES) {
          flush();
        }
      }
    }

    /**
     * Writes the filled part of the chunk. One chunk is written while the next fills; the source waits only when
     * a second chunk is full before the first is written, so memory holds at most three chunks.
     */
    private Future<Void> flush() {
      if (chunk.length() == 0) {
        return writing;
      }
      Buffer full = chunk;
      int number = seq++;
      chunk = Buffer.buffer(CHUNK_BYTES);
      boolean busy = !writing.isComplete();
      if (busy) {
        source.pause();
      }
      writing = writing.compose(x -> insert(number, full))
          .onSuccess(x -> {
            if (busy) {
              source.resume();
            }
          })
          .onFailure(this::fail);
      return writing;
    }

    /**
     * A chunk is committed without waiting for the WAL flush: the upload's record is committed synchronously
     * afterwards, and that flush covers every earlier WAL record, so a file is durable when its record is.
     */
    private Future<Void> insert(int number, Buffer data) {
      return pool.preparedQuery("WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true))"
              + " INSERT INTO " + Schemas.table(tenant, "econtent_content_chunks") + " (file_id, seq, data)"
              + " SELECT $1, $2, $3 FROM relaxed").execute(Tuple.of(fileId, number, data)).mapEmpty();
    }

    private void fail(Throwable failure) {
      if (!result.future().isComplete()) {
        writing.onComplete(x -> result.tryFail(failure));
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.streams.WriteStream;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/**
 * The content store in the tenant's schema: files in chunks of CHUNK_BYTES (econtent_content_chunks), one row a
 * chunk, so a range is read from the chunks it covers and an upload holds at most three chunks in memory.
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
    ChunkedUpload.Sink chunks = (seq, data, last) -> data.length() == 0 ? Future.succeededFuture()
        : insert(tenant, fileId, seq, data);
    return new ChunkedUpload(source, limitBytes, CHUNK_BYTES, chunks).start()
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

  /**
   * A chunk is committed without waiting for the WAL flush: the upload's record is committed synchronously
   * afterwards, and that flush covers every earlier WAL record, so a file is durable when its record is.
   */
  private Future<Void> insert(String tenant, UUID fileId, int number, Buffer data) {
    return pool.preparedQuery("WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true))"
            + " INSERT INTO " + Schemas.table(tenant, "econtent_content_chunks") + " (file_id, seq, data)"
            + " SELECT $1, $2, $3 FROM relaxed").execute(Tuple.of(fileId, number, data)).mapEmpty();
  }
}

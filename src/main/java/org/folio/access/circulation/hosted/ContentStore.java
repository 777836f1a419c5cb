package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.streams.WriteStream;
import java.util.UUID;

/**
 * Where hosted files live. One interface, so that the PostgreSQL store (the default: several instances share
 * it with no other service) can be swapped for a directory or an object store by configuration.
 */
public interface ContentStore {
  /** What was stored: its size and SHA-256 (hex). */
  record StoredFile(long sizeBytes, String sha256) {}

  /**
   * Stores the stream as fileId, holding at most a chunk or two in memory (the source is paused while the
   * store catches up). Past limitBytes it stops reading, removes what it wrote and fails with 413.
   */
  Future<StoredFile> write(String tenant, UUID fileId, ReadStream<Buffer> source, long limitBytes);

  /** Streams bytes from..to (inclusive) of the file to target, honouring its back-pressure; does not end it. */
  Future<Void> read(String tenant, UUID fileId, long from, long to, WriteStream<Buffer> target);

  Future<Void> delete(String tenant, UUID fileId);
}

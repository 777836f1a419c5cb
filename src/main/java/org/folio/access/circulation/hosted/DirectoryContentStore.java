package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.CopyOptions;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.streams.WriteStream;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The content store in a directory: one folder per tenant, one file per upload named by its UUID (never by
 * anything a caller wrote, so no name can leave the folder). An upload is written to `{id}.part` at the
 * chunks' positions and moved to `{id}` once complete; a range is a positional read of the file in reads of
 * CHUNK_BYTES (the default 8 KB reads made a whole file come out at a fraction of the speed).
 */
public final class DirectoryContentStore implements ContentStore {
  static final int CHUNK_BYTES = 256 * 1024;
  private static final Pattern TENANT = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private final FileSystem fs;
  private final Path root;

  public DirectoryContentStore(Vertx vertx, String directory) {
    this.fs = vertx.fileSystem();
    this.root = Path.of(directory).toAbsolutePath().normalize();
  }

  /** Where the tenant's file lives; fails for a tenant id that is not a plain name. */
  Future<Path> located(String tenant, UUID fileId) {
    if (tenant == null || !TENANT.matcher(tenant).matches()) {
      return Future.failedFuture(new IllegalArgumentException("not a tenant id: " + tenant));
    }
    Path folder = root.resolve(tenant);
    Path path = folder.resolve(fileId.toString()).normalize();
    return path.getParent().equals(folder) ? Future.succeededFuture(path)
        : Future.failedFuture(new IllegalArgumentException("outside the tenant's folder: " + fileId));
  }

  @Override
  public Future<StoredFile> write(String tenant, UUID fileId, ReadStream<Buffer> source, long limitBytes) {
    source.pause();
    return located(tenant, fileId).compose(target -> write(target, source, limitBytes));
  }

  /** The source is paused while the file opens; the upload resumes it. */
  private Future<StoredFile> write(Path target, ReadStream<Buffer> source, long limitBytes) {
    String partial = target + ".part";
    return fs.mkdirs(target.getParent().toString())
        .compose(x -> fs.open(partial, new OpenOptions().setWrite(true).setCreateNew(true)))
        .compose(file -> new ChunkedUpload(source, limitBytes, CHUNK_BYTES,
                (seq, data, last) -> file.write(data, (long) seq * CHUNK_BYTES)).start()
            .compose(stored -> file.close().map(stored), e -> file.close().transform(x -> Future.failedFuture(e))))
        .compose(stored -> fs.move(partial, target.toString(), new CopyOptions().setAtomicMove(true).setReplaceExisting(true))
            .map(stored))
        .recover(e -> {
          source.handler(b -> { }).resume();
          return removeIfThere(partial).otherwiseEmpty().compose(x -> Future.failedFuture(e));
        });
  }

  @Override
  public Future<Void> read(String tenant, UUID fileId, long from, long to, WriteStream<Buffer> target) {
    return located(tenant, fileId)
        .compose(path -> fs.open(path.toString(), new OpenOptions().setRead(true).setWrite(false).setCreate(false)))
        .compose(file -> piped(file.setReadBufferSize(CHUNK_BYTES).setReadPos(from).setReadLength(to - from + 1), target)
            .eventually(file::close));
  }

  private static Future<Void> piped(AsyncFile file, WriteStream<Buffer> target) {
    return file.pipe().endOnSuccess(false).endOnFailure(false).to(target);
  }

  @Override
  public Future<Void> delete(String tenant, UUID fileId) {
    return located(tenant, fileId)
        .compose(path -> Future.join(removeIfThere(path.toString()), removeIfThere(path + ".part")).mapEmpty());
  }

  private Future<Void> removeIfThere(String path) {
    return fs.exists(path).compose(there -> there ? fs.delete(path) : Future.succeededFuture());
  }
}

package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.circulation.lendables.LendableService;
import org.folio.access.eholdings.titles.HostedTitles;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.jobs.Job;
import org.folio.access.platform.jobs.JobHandler;
import org.folio.access.platform.jobs.JobProgress;
import org.folio.access.rest.model.EcontentFormat;
import org.folio.access.rest.model.EcontentLendable;
import org.folio.access.rest.model.EcontentSource;

/**
 * Processes one uploaded file: copy it from the store to a temporary file (progress by bytes) -> check and read
 * it (EPUBCheck or PDFBox, off the event loop) -> the knowledge-base title and resource -> the lendable ->
 * processed. A file that cannot be lent ends failed with its reason; so does one whose last attempt failed,
 * so no file stays "processing".
 */
final class ProcessingJob implements JobHandler {
  static final String TYPE = "econtent-hosted-processing";
  private static final Logger LOG = LogManager.getLogger(ProcessingJob.class);
  private final Vertx vertx;
  private final Db db;
  private final ContentRepository contents;
  private final ContentStore store;
  private final HostedTitles titles;
  private final LendableService lendables;

  ProcessingJob(Vertx vertx, Db db, ContentRepository contents, ContentStore store, HostedTitles titles,
      LendableService lendables) {
    this.vertx = vertx;
    this.db = db;
    this.contents = contents;
    this.store = store;
    this.titles = titles;
    this.lendables = lendables;
  }

  static JsonObject payload(UUID contentId) {
    return new JsonObject().put("contentId", contentId.toString());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Future<JsonObject> run(Job job, JobProgress progress) {
    UUID id = UUID.fromString(job.payload().getString("contentId"));
    String tenant = job.tenant();
    return contents.find(db.pool(), tenant, id).compose(found -> {
      if (found.isEmpty() || found.get().settled()) {
        return Future.succeededFuture(new JsonObject().put("contentId", id.toString()));
      }
      return process(tenant, found.get(), progress)
          .recover(e -> e instanceof UnreadableFile unreadable ? contents.failed(db.pool(), tenant, id, unreadable.getMessage())
              : job.attempts() >= maxAttempts() ? giveUp(tenant, id, e) : Future.failedFuture(e))
          .map(x -> new JsonObject().put("contentId", id.toString()));
    });
  }

  private Future<Void> giveUp(String tenant, UUID id, Throwable e) {
    LOG.warn("Processing of hosted content {} failed for good: {}", id, e.toString());
    return contents.failed(db.pool(), tenant, id, "Processing failed; upload the file again (" + e.getClass().getSimpleName() + ")");
  }

  private Future<Void> process(String tenant, ContentRow content, JobProgress progress) {
    return contents.progress(db.pool(), tenant, content.id(), "processing", 1)
        .compose(x -> vertx.fileSystem().createTempFile("hosted-", "." + content.fileType()))
        .compose(path -> copyToDisk(tenant, content, Path.of(path), progress)
            .compose(x -> inspect(content, Path.of(path)))
            .andThen(x -> vertx.fileSystem().delete(path)))
        .compose(read -> contents.progress(db.pool(), tenant, content.id(), "processing", 80).map(read))
        .compose(read -> becomeLendable(tenant, content, merged(content.metadata(), read)))
        .compose(x -> contents.processed(db.pool(), tenant, content.id()));
  }

  /** Streams the stored file to disk, reporting 1-70 % by bytes as it goes. */
  private Future<Void> copyToDisk(String tenant, ContentRow content, Path path, JobProgress progress) {
    return vertx.fileSystem().open(path.toString(), new OpenOptions().setWrite(true).setTruncateExisting(true))
        .compose(file -> {
          ProgressCounter counter = new ProgressCounter(file, content.sizeBytes(),
              percent -> contents.progress(db.pool(), tenant, content.id(), "processing", percent)
                  .compose(x -> progress.report(new JsonObject().put("percent", percent))));
          Future<Void> copied = content.sizeBytes() == 0 ? Future.succeededFuture()
              : store.read(tenant, content.id(), 0, content.sizeBytes() - 1, counter);
          return copied.eventually(file::close);
        });
  }

  private Future<JsonObject> inspect(ContentRow content, Path path) {
    return vertx.executeBlocking(() -> {
      if (Files.size(path) == 0) {
        throw new UnreadableFile("The file is empty");
      }
      return "pdf".equals(content.fileType()) ? PdfInspector.inspect(path) : EpubInspector.inspect(path);
    }, false);
  }

  /** What the uploader gave wins over what the file says. */
  private static JsonObject merged(JsonObject given, JsonObject read) {
    return read.copy().mergeIn(given);
  }

  /** The title, resource and metadata in one transaction (so a retry makes no second title), then the lendable. */
  private Future<Void> becomeLendable(String tenant, ContentRow content, JsonObject metadata) {
    Future<String> resource = content.resourceId() != null ? Future.succeededFuture(content.resourceId())
        : db.inTransaction(conn -> titles.add(conn, tenant, TitleFacts.of(content.title(metadata), metadata),
                "/econtent/content/" + content.id())
            .compose(resourceId -> contents.becameResource(conn, tenant, content.id(), resourceId, content.title(metadata),
                metadata).map(resourceId)));
    return resource.compose(resourceId -> lendables.put(tenant, resourceId, lendable(content)).mapEmpty());
  }

  private static EcontentLendable lendable(ContentRow content) {
    String model = content.lending().getString("licenseModel", "unlimited");
    return new EcontentLendable().withLicenseModel(EcontentLendable.LicenseModel.fromValue(model))
        .withCopies(content.lending().getInteger("copies", 1)).withMediaType(EcontentLendable.MediaType.EBOOK)
        .withFormats(List.of(new EcontentFormat().withType(content.fileType()).withDrm(EcontentFormat.Drm.NONE)))
        .withSource(new EcontentSource().withType(EcontentSource.Type.LOCAL));
  }
}

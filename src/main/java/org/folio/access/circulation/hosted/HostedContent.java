package org.folio.access.circulation.hosted;

import java.util.List;
import org.folio.access.circulation.NamedRecords;
import org.folio.access.circulation.lendables.LendableRepository;
import org.folio.access.circulation.lendables.LendableService;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.eholdings.titles.HostedTitles;
import org.folio.access.platform.ContentStoreConfig;
import org.folio.access.platform.Platform;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.platform.jobs.JobHandler;
import org.folio.access.rest.resource.EcontentCategoriesRoutes;
import org.folio.access.rest.resource.EcontentContentRoutes;

/** Content the library hosts itself (ramls/econtent-hosted.raml), wired once: store, upload, processing, delivery. */
public final class HostedContent {
  private final CategoriesResource categories;
  private final ContentResource content;
  private final ProcessingJob processing;
  private final HostedDelivery delivery;

  public HostedContent(Platform platform, LendableRepository lendables, LendableService lendableService, LoanRepository loans) {
    ContentStore store = store(platform);
    ContentRepository contents = new ContentRepository();
    NamedRecords categoryRecords = new NamedRecords(CategoriesResource.KIND);
    HostedTitles titles = new HostedTitles();
    this.categories = new CategoriesResource(platform.db(), categoryRecords);
    this.content = new ContentResource(new ContentService(platform.db(), contents, categoryRecords, store, titles, lendables,
        loans, platform.config().uploadLimitBytes()));
    this.processing = new ProcessingJob(platform.vertx(), platform.db(), contents, store, titles, lendableService);
    this.delivery = new HostedDelivery(platform.db(), contents, store);
  }

  /** The store CONTENT_STORE names: PostgreSQL (default), a directory, or an S3-compatible bucket. */
  static ContentStore store(Platform platform) {
    ContentStoreConfig config = platform.config().contentStore();
    return switch (config.kind()) {
      case ContentStoreConfig.DIRECTORY -> new DirectoryContentStore(platform.vertx(), config.directory());
      case ContentStoreConfig.S3 -> new S3ContentStore(platform.vertx(), config);
      default -> new PgContentStore(platform.db().pool());
    };
  }

  public void mount(RouteTable table) {
    EcontentCategoriesRoutes.mount(table, categories);
    EcontentContentRoutes.mount(table, content);
  }

  public List<JobHandler> jobHandlers() {
    return List.of(processing);
  }

  public HostedDelivery delivery() {
    return delivery;
  }
}

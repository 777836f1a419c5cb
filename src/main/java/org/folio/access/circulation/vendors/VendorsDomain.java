package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.folio.access.circulation.PatronRepository;
import org.folio.access.circulation.holds.HoldRepository;
import org.folio.access.circulation.lendables.LendingRelay;
import org.folio.access.circulation.lendables.LendingSource;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.connectors.common.OutboundCalls;
import org.folio.access.connectors.oneclick.OneClickClient;
import org.folio.access.eholdings.kbart.KbartFeed;
import org.folio.access.platform.Domain;
import org.folio.access.platform.Platform;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.platform.jobs.JobHandler;
import org.folio.access.platform.jobs.PeriodicTask;
import org.folio.access.rest.resource.EcontentVendorsRoutes;

/**
 * E-content vendor relay (issue 12): vendor accounts, patrons at the vendor, lending relayed to the vendor's
 * API, fulfilment, patron sync, and the catalog as jobs. Built before circulation, which takes its relay.
 */
public final class VendorsDomain implements Domain {
  static final Duration DELTA_EVERY = Duration.ofHours(6);
  static final Duration AVAILABILITY_EVERY = Duration.ofHours(1);
  static final Duration SYNC_EVERY = Duration.ofMinutes(15);
  static final int VENDOR_CONNECTIONS = 64;
  private final Db db;
  private final VendorAccountRepository accountRepository = new VendorAccountRepository();
  private final VendorJobQueue queue = new VendorJobQueue();
  private final VendorRelay relay;
  private final VendorsResource resource;
  private final VendorJobs jobs;

  public VendorsDomain(Platform platform) {
    db = platform.db();
    // a slow vendor keeps calls open for seconds: many connections, so that calls do not queue behind each other
    WebClient web = WebClient.create(platform.vertx(), new io.vertx.ext.web.client.WebClientOptions(),
        new io.vertx.core.http.PoolOptions().setHttp1MaxSize(VENDOR_CONNECTIONS));
    OneClickClient vendor = new OneClickClient(web, OutboundCalls.withDefaults(platform.vertx()),
        VendorsDomain::timings);
    VendorAccountService accounts = new VendorAccountService(db, accountRepository);
    VendorPatronRepository mappings = new VendorPatronRepository();
    VendorPatronService patrons = new VendorPatronService(db, mappings, vendor, WebClient.create(platform.vertx()));
    VendorLendableRepository vendorLendables = new VendorLendableRepository();
    LoanRepository loans = new LoanRepository();
    HoldRepository holds = new HoldRepository();
    VendorLedger ledger = new VendorLedger(new PatronRepository(), loans, holds);
    PatronSync sync = new PatronSync(db, mappings, vendorLendables, ledger, vendor);
    relay = new VendorRelay(db, accounts, vendorLendables, patrons, ledger, loans, holds, vendor, new VendorFulfilment(vendor));
    relay.adoptWith(sync);
    CatalogRepository catalog = new CatalogRepository();
    CatalogService catalogService = new CatalogService(db, catalog, vendor, new KbartFeed(platform.vertx(), db));
    jobs = new VendorJobs(db, accounts, catalogService, sync, mappings);
    resource = new VendorsResource(accounts, patrons, sync, new VendorJobService(db, accounts, catalog, queue));
  }

  /**
   * Deadlines per attempt of vendor calls: system properties econtent.vendor.deadline.ms (default 10 s) and
   * econtent.vendor.read.attempts (default 3), read on every call.
   */
  static OneClickClient.Timings timings() {
    OneClickClient.Timings defaults = OneClickClient.Timings.defaults();
    Duration deadline = Duration.ofMillis(Long.getLong("econtent.vendor.deadline.ms", defaults.lending().toMillis()));
    return new OneClickClient.Timings(deadline, deadline, defaults.catalog(),
        Integer.getInteger("econtent.vendor.read.attempts", defaults.readAttempts()));
  }

  public LendingRelay relay() {
    return relay;
  }

  public List<LendingSource> lendingSources() {
    return List.of(new VendorLendingSource());
  }

  @Override
  public void mount(RouteTable table) {
    EcontentVendorsRoutes.mount(table, resource);
  }

  @Override
  public List<JobHandler> jobHandlers() {
    return List.of(jobs);
  }

  /** The schedule only queues jobs (once per account and kind, whichever instance asks); the queue runs them. */
  @Override
  public List<PeriodicTask> periodicTasks() {
    return List.of(new PeriodicTask("econtent-vendor-catalog-delta", DELTA_EVERY, tenant -> schedule(tenant, "catalog-delta", true)),
        new PeriodicTask("econtent-vendor-availability", AVAILABILITY_EVERY, tenant -> schedule(tenant, "availability", true)),
        new PeriodicTask("econtent-vendor-sync", SYNC_EVERY, tenant -> schedule(tenant, "sync", false)));
  }

  private Future<Void> schedule(String tenant, String kind, boolean importedOnly) {
    return accountRepository.ids(db.pool(), tenant, importedOnly).compose(ids -> {
      Future<Void> all = Future.succeededFuture();
      for (UUID id : ids) {
        all = all.compose(x -> db.inTransaction(conn -> queue.enqueueOnce(conn, tenant, id, kind, false)).mapEmpty());
      }
      return all;
    });
  }
}

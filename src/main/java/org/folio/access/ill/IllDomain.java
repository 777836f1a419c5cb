package org.folio.access.ill;

import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.folio.access.connectors.common.OutboundCalls;
import org.folio.access.connectors.relais.RelaisBroker;
import org.folio.access.ill.consortium.ConsortiumDomain;
import org.folio.access.ill.queues.QueueService;
import org.folio.access.ill.queues.QueuesResource;
import org.folio.access.ill.routing.Brokers;
import org.folio.access.ill.routing.RoutingResource;
import org.folio.access.ill.routing.RoutingService;
import org.folio.access.ill.settings.RoutingTenantRepository;
import org.folio.access.ill.settings.SettingsRepository;
import org.folio.access.ill.settings.SettingsResource;
import org.folio.access.ill.settings.SettingsService;
import org.folio.access.ill.transactions.NoteRepository;
import org.folio.access.ill.transactions.QueueMoveRepository;
import org.folio.access.ill.transactions.TransactionRepository;
import org.folio.access.ill.transactions.TransactionService;
import org.folio.access.ill.transactions.TransactionsResource;
import org.folio.access.platform.Domain;
import org.folio.access.platform.Platform;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.platform.jobs.PeriodicTask;
import org.folio.access.rest.resource.IllQueuesRoutes;
import org.folio.access.rest.resource.IllRoutingRunRoutes;
import org.folio.access.rest.resource.IllSettingsRoutes;
import org.folio.access.rest.resource.IllTransactionsRoutes;
import org.folio.access.stacks.items.ItemService;

/**
 * Interlibrary loan (interface ill): transactions in work queues, routing settings, the routing engine over a broker,
 * and consortium lending between member tenants (ConsortiumDomain).
 */
public final class IllDomain implements Domain {
  static final Duration ROUTING_INTERVAL = Duration.ofSeconds(5);
  /** Transactions routed at once per instance (ILL_ROUTING_LANES, default 16): with the broker's latency it bounds the rate. */
  static final int ROUTING_LANES = lanes(System.getenv("ILL_ROUTING_LANES"));
  private final TransactionService transactionService;
  private final QueueService queueService;
  private final SettingsService settingsService;
  private final RoutingService routingService;

  private final ConsortiumDomain consortium;

  public IllDomain(Platform platform, ItemService items) {
    Db db = platform.db();
    TransactionRepository transactions = new TransactionRepository();
    NoteRepository notes = new NoteRepository();
    QueueMoveRepository moves = new QueueMoveRepository();
    SettingsRepository settings = new SettingsRepository();
    RoutingTenantRepository routingTenants = new RoutingTenantRepository();
    // Four connections per lane and broker host: the default pool (5 per host) would cap the calls in flight below the lanes.
    WebClient client = WebClient.create(platform.vertx(), new WebClientOptions(),
        new PoolOptions().setHttp1MaxSize(4 * ROUTING_LANES));
    OutboundCalls calls = OutboundCalls.withDefaults(platform.vertx());
    consortium = new ConsortiumDomain(db, items, transactions, notes, moves, settings);
    Brokers brokers = new Brokers(List.of(new RelaisBroker(client, calls, Clock.systemUTC()), consortium.broker()));
    transactionService = new TransactionService(db, transactions, notes, moves, settings);
    queueService = new QueueService(db, transactionService, transactions, notes, moves);
    settingsService = new SettingsService(db, settings, routingTenants);
    routingService = RoutingService.create(db, settings, routingTenants, transactions, notes, moves, brokers, client, calls,
        ROUTING_LANES);
  }

  static int lanes(String setting) {
    try {
      return setting == null ? 16 : Math.max(1, Math.min(256, Integer.parseInt(setting.trim())));
    } catch (NumberFormatException e) {
      return 16;
    }
  }

  @Override
  public void mount(RouteTable table) {
    IllTransactionsRoutes.mount(table, new TransactionsResource(transactionService, queueService, routingService));
    IllSettingsRoutes.mount(table, new SettingsResource(settingsService));
    IllQueuesRoutes.mount(table, new QueuesResource(queueService));
    IllRoutingRunRoutes.mount(table, new RoutingResource(routingService));
    consortium.mount(table);
  }

  @Override
  public List<PeriodicTask> periodicTasks() {
    List<PeriodicTask> tasks = new java.util.ArrayList<>(consortium.periodicTasks());
    tasks.add(new PeriodicTask("ill-routing", ROUTING_INTERVAL, routingService::runIfConfigured, routingService::due));
    return tasks;
  }
}

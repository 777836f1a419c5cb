package org.folio.access.ill.consortium;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import org.folio.access.connectors.broker.Broker;
import org.folio.access.ill.consortium.agreements.ConsortiaResource;
import org.folio.access.ill.consortium.agreements.ConsortiaService;
import org.folio.access.ill.consortium.broker.ConsortiumBroker;
import org.folio.access.ill.consortium.exchange.ConsortiumExchange;
import org.folio.access.ill.consortium.holdings.HoldingsResource;
import org.folio.access.ill.consortium.holdings.HoldingsService;
import org.folio.access.ill.consortium.lending.LendingResources;
import org.folio.access.ill.consortium.lending.LendingService;
import org.folio.access.ill.consortium.lending.MessageProcessor;
import org.folio.access.ill.consortium.lending.Rota;
import org.folio.access.ill.consortium.lending.SideEffects;
import org.folio.access.ill.consortium.lending.SideRepository;
import org.folio.access.ill.consortium.publishing.PublishingRepository;
import org.folio.access.ill.consortium.publishing.PublishingResource;
import org.folio.access.ill.consortium.publishing.PublishingService;
import org.folio.access.ill.settings.SettingsRepository;
import org.folio.access.ill.transactions.NoteRepository;
import org.folio.access.ill.transactions.QueueMoveRepository;
import org.folio.access.ill.transactions.TransactionRepository;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.platform.jobs.PeriodicTask;
import org.folio.access.rest.model.IllConsortiumExchangeResult;
import org.folio.access.rest.resource.IllBorrowingRequestsRoutes;
import org.folio.access.rest.resource.IllConsortiaRoutes;
import org.folio.access.rest.resource.IllConsortiumExchangeRunRoutes;
import org.folio.access.rest.resource.IllConsortiumHoldingsRoutes;
import org.folio.access.rest.resource.IllConsortiumPublishingRoutes;
import org.folio.access.rest.resource.IllLendingRequestsRoutes;
import org.folio.access.stacks.items.ItemService;

/**
 * Consortium lending, part of the ILL area, wired once: agreements, publishing, FindItem, lending and borrowing
 * requests, the message processor and the consortium broker, all crossing tenants only through the exchange.
 */
public final class ConsortiumDomain {
  static final Duration EXCHANGE_INTERVAL = Duration.ofSeconds(1);
  private final ConsortiaService consortia;
  private final PublishingService publishing;
  private final HoldingsService holdings;
  private final LendingService lending;
  private final MessageProcessor processor;
  private final ConsortiumBroker broker;

  public ConsortiumDomain(Db db, ItemService items, TransactionRepository transactions, NoteRepository notes,
      QueueMoveRepository moves, SettingsRepository settings) {
    ConsortiumExchange exchange = new ConsortiumExchange();
    SideRepository sides = new SideRepository();
    Rota rota = new Rota(exchange, sides, transactions, notes, moves, settings);
    SideEffects effects = new SideEffects(exchange, items, notes, rota);
    consortia = new ConsortiaService(db, exchange);
    publishing = new PublishingService(db, new PublishingRepository(), items, exchange);
    holdings = new HoldingsService(db, exchange);
    lending = new LendingService(db, exchange, sides, effects);
    processor = new MessageProcessor(db, exchange, sides, effects);
    broker = new ConsortiumBroker(db, exchange, rota);
  }

  public Broker broker() {
    return broker;
  }

  public void mount(RouteTable table) {
    IllConsortiaRoutes.mount(table, new ConsortiaResource(consortia));
    IllConsortiumPublishingRoutes.mount(table, new PublishingResource(publishing));
    IllConsortiumHoldingsRoutes.mount(table, new HoldingsResource(holdings));
    IllLendingRequestsRoutes.mount(table, new LendingResources.Lending(lending));
    IllBorrowingRequestsRoutes.mount(table, new LendingResources.Borrowing(lending));
    IllConsortiumExchangeRunRoutes.mount(table, new ExchangeRunResource(this::run));
  }

  public List<PeriodicTask> periodicTasks() {
    return List.of(new PeriodicTask("ill-consortium-exchange", EXCHANGE_INTERVAL, this::run));
  }

  /** One exchange run for a tenant: apply incoming messages, then publish changed items. */
  Future<IllConsortiumExchangeResult> run(String tenant) {
    return processor.run(tenant).compose(applied -> publishing.publishChanges(tenant)
        .map(published -> new IllConsortiumExchangeResult().withMessagesApplied(applied).withHoldingsPublished(published)));
  }

  /** What the run endpoint calls. */
  @FunctionalInterface
  interface Runner {
    Future<IllConsortiumExchangeResult> run(String tenant);
  }
}

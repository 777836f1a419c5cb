package org.folio.access.ill.consortium;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.folio.access.ill.consortium.exchange.ConsortiumExchange;
import org.folio.access.ill.consortium.lending.MessageProcessor;
import org.folio.access.ill.consortium.publishing.PublishingService;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.jobs.PeriodicTask;

/**
 * The exchange's timer: every second one statement over the shared schema says which tenants have work (messages
 * waiting for them, or a publisher with rules), and only those run, only the part they need. A tenant in no
 * consortium that publishes nothing costs no statement; members see each other's moves within a second, as before.
 */
final class ExchangeSchedule {
  static final Duration INTERVAL = Duration.ofSeconds(1);
  private final Db db;
  private final ConsortiumExchange exchange;
  private final MessageProcessor processor;
  private final PublishingService publishing;
  /** What the last look found (runs of one task never overlap on an instance: PeriodicTasks waits for the last). */
  private volatile ConsortiumExchange.Due due = new ConsortiumExchange.Due(Set.of(), Set.of());

  ExchangeSchedule(Db db, ConsortiumExchange exchange, MessageProcessor processor, PublishingService publishing) {
    this.db = db;
    this.exchange = exchange;
    this.processor = processor;
    this.publishing = publishing;
  }

  PeriodicTask task() {
    return new PeriodicTask("ill-consortium-exchange", INTERVAL, this::run, this::due);
  }

  /** The enabled tenants that have work now. */
  Future<List<String>> due(List<String> enabled) {
    return exchange.due(db.pool()).map(found -> {
      due = found;
      return enabled.stream().filter(found::any).toList();
    });
  }

  /** A due tenant's run: its messages if any wait, its publisher if it is listed. */
  Future<Integer> run(String tenant) {
    ConsortiumExchange.Due found = due;
    Future<Integer> applied = found.messages().contains(tenant) ? processor.run(tenant) : Future.succeededFuture(0);
    return found.publishers().contains(tenant)
        ? applied.compose(n -> publishing.publishChanges(tenant, Optional.of(true)).map(p -> n + p)) : applied;
  }
}

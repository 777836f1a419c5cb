package org.folio.access.ill.routing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import io.vertx.ext.web.client.WebClient;
import org.apache.logging.log4j.LogManager;
import io.vertx.ext.web.client.WebClient;
import org.apache.logging.log4j.Logger;
import org.folio.access.circulation.Ids;
import org.folio.access.ill.Callers;
import org.folio.access.ill.IllErrors;
import org.folio.access.ill.IllEvents;
import org.folio.access.connectors.common.OutboundCalls;
import org.folio.access.ill.settings.RoutingTenantRepository;
import org.folio.access.ill.settings.SettingsRepository;
import org.folio.access.ill.settings.TenantSettings;
import org.folio.access.ill.transactions.NoteRepository;
import org.folio.access.ill.transactions.QueueMoveRepository;
import org.folio.access.ill.transactions.TransactionRepository;
import org.folio.access.ill.transactions.TransactionRepository.Claimed;
import org.folio.access.platform.db.Db;

/**
 * Runs the routing engine over the tenant's FindItemSearchQueue, or over one transaction on demand. A
 * transaction is claimed with a lease (FOR UPDATE SKIP LOCKED), so one instance routes it; before a broker
 * request the in-flight mark is committed, so a restart never requests it twice; the outcome, its note, the
 * move and the event are written in one transaction that also clears the lease.
 */
public final class RoutingService {
  private static final Logger LOG = LogManager.getLogger(RoutingService.class);
  /** Far longer than any routing takes (the broker's deadlines are seconds); a dead instance's claims free up after it. */
  static final long LEASE_SECONDS = 300;
  /** At most this many transactions per run, so that a run ends and other tenants get their turn. */
  static final int RUN_LIMIT = 10_000;
  private final UUID instance = UUID.randomUUID();
  private final Db db;
  private final SettingsRepository settings;
  private final RoutingTenantRepository routingTenants;
  private final TransactionRepository transactions;
  private final NoteRepository notes;
  private final QueueMoveRepository moves;
  private final RoutingEngine engine;
  private final int lanes;

  RoutingService(Db db, SettingsRepository settings, RoutingTenantRepository routingTenants, TransactionRepository transactions,
      NoteRepository notes, QueueMoveRepository moves, RoutingEngine engine, int lanes) {
    this.db = db;
    this.settings = settings;
    this.routingTenants = routingTenants;
    this.transactions = transactions;
    this.notes = notes;
    this.moves = moves;
    this.engine = engine;
    this.lanes = lanes;
  }

  /** The service with its engine over the given brokers; lanes: transactions routed at once. */
  public static RoutingService create(Db db, SettingsRepository settings, RoutingTenantRepository routingTenants,
      TransactionRepository transactions, NoteRepository notes, QueueMoveRepository moves, Brokers brokers, WebClient client,
      OutboundCalls calls, int lanes) {
    return new RoutingService(db, settings, routingTenants, transactions, notes, moves,
        new RoutingEngine(brokers, new UserBarcodes(client, calls)), lanes);
  }

  /** Routes the search queue until it is empty (or RUN_LIMIT); how many went to which queue. */
  public Future<Map<String, Integer>> run(String tenant) {
    return settings.find(db.pool(), tenant).compose(s -> runWith(tenant, s));
  }

  /**
   * For the timer: the enabled tenants whose settings name a broker (one statement over the platform's listing, kept
   * by every save of the settings), so that tenants without routing cost the timer nothing.
   */
  public Future<List<String>> due(List<String> enabled) {
    return routingTenants.listed(db.pool()).map(listed -> enabled.stream().filter(listed::contains).toList());
  }

  /** For the timer: routes the search queue of a tenant that has set a broker URL or the consortium broker; others are left alone. */
  public Future<Map<String, Integer>> runIfConfigured(String tenant) {
    return settings.find(db.pool(), tenant).compose(s -> s.routes() ? runWith(tenant, s) : Future.succeededFuture(Map.<String, Integer>of()));
  }

  /**
   * One claim first: an empty search queue (the timer's usual case) costs one statement, not one per lane; once it
   * found a transaction, the lanes run, the first one starting with it.
   */
  private Future<Map<String, Integer>> runWith(String tenant, TenantSettings s) {
    Map<String, Integer> routed = new TreeMap<>();
    return transactions.claimFromQueue(db.pool(), tenant, s.values().getFindItemSearchQueue(), instance, LEASE_SECONDS, 1)
        .compose(claimed -> {
          if (claimed.isEmpty()) {
            return Future.succeededFuture(routed);
          }
          List<Future<Void>> all = new ArrayList<>();
          for (int i = 0; i < lanes; i++) {
            Promise<Void> done = Promise.promise();
            if (i == 0) {
              routeClaimed(tenant, s, claimed.get(0)).onFailure(done::fail).onSuccess(queue -> {
                queue.ifPresent(q -> routed.merge(q, 1, Integer::sum));
                lane(tenant, s, routed, done);
              });
            } else {
              lane(tenant, s, routed, done);
            }
            all.add(done.future());
          }
          return Future.all(all).map(x -> routed);
        });
  }

  /**
   * One lane: claim one, route it, again, until nothing is left to claim. Each turn starts from the callback of
   * the last, and `done` completes once at the end, so a long run builds no chain of Futures.
   */
  private void lane(String tenant, TenantSettings s, Map<String, Integer> routed, Promise<Void> done) {
    if (routed.values().stream().mapToInt(Integer::intValue).sum() >= RUN_LIMIT) {
      done.complete();
      return;
    }
    transactions.claimFromQueue(db.pool(), tenant, s.values().getFindItemSearchQueue(), instance, LEASE_SECONDS, 1)
        .compose(claimed -> claimed.isEmpty() ? Future.succeededFuture(Optional.<Optional<String>>empty())
            : routeClaimed(tenant, s, claimed.get(0)).map(Optional::of))
        .onFailure(done::fail)
        .onSuccess(turn -> {
          if (turn.isEmpty()) {
            done.complete();
          } else {
            turn.get().ifPresent(q -> routed.merge(q, 1, Integer::sum));
            lane(tenant, s, routed, done);
          }
        });
  }

  /** Routes one transaction now, from whatever queue; 404 when unknown, 409 while another routing holds it. */
  public Future<JsonObject> routeOne(String tenant, String transactionId) {
    UUID id = Ids.uuid(transactionId);
    if (id == null) {
      return Future.failedFuture(IllErrors.transactionNotFound(transactionId));
    }
    return settings.find(db.pool(), tenant).compose(s -> transactions.claimOne(db.pool(), tenant, id, instance, LEASE_SECONDS)
        .compose(claimed -> claimed.isEmpty()
            ? transactions.find(db.pool(), tenant, id).compose(doc -> Future.failedFuture(doc.isPresent()
                ? IllErrors.routingInProgress() : IllErrors.transactionNotFound(transactionId)))
            : routeClaimed(tenant, s, claimed.get(0)))
        .compose(x -> transactions.find(db.pool(), tenant, id)).map(Optional::orElseThrow));
  }

  /** engine -> record; the queue it went to, or none when another instance took it over. */
  private Future<Optional<String>> routeClaimed(String tenant, TenantSettings s, Claimed claimed) {
    return engine.route(tenant, s, claimed, () -> transactions.startRequest(db.pool(), tenant, claimed.id(), instance)
            .compose(started -> started
                ? IllEvents.transaction(db.pool(), tenant, IllEvents.REQUEST_STARTED, claimed.id()).map(true)
                : Future.succeededFuture(false)))
        .compose(decision -> decision.abandoned() ? Future.succeededFuture(Optional.<String>empty())
            : record(tenant, claimed, decision));
  }

  /** lockIfStillOurs -> finish -> note -> move -> recordEvent, in one transaction. */
  private Future<Optional<String>> record(String tenant, Claimed claimed, Decision d) {
    UUID id = claimed.id();
    return db.inTransaction(conn -> transactions.lockOwned(conn, tenant, id, instance).compose(from -> {
      if (from.isEmpty()) {
        LOG.warn("ILL transaction {} of tenant {} was taken over by another instance before its routing was recorded", id, tenant);
        return Future.succeededFuture(Optional.<String>empty());
      }
      return transactions.finishRouting(conn, tenant, id, d.queue(), d.requestNumber())
          .compose(x -> notes.add(conn, tenant, id, d.note(), Callers.ROUTING))
          .compose(x -> moves.add(conn, tenant, id, from.get(), d.queue(), Callers.ROUTING, d.note()))
          .compose(x -> IllEvents.transaction(conn, tenant, IllEvents.ROUTED, id))
          .map(x -> Optional.of(d.queue()));
    }));
  }
}

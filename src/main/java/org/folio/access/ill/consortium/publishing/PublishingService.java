package org.folio.access.ill.consortium.publishing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.folio.access.ill.consortium.exchange.ConsortiumExchange;
import org.folio.access.ill.consortium.exchange.PublishedItem;
import org.folio.access.platform.db.Db;
import org.folio.access.rest.model.IllConsortiumPublishing;
import org.folio.access.stacks.items.ItemService;
import org.folio.access.stacks.items.ItemRepository.CatalogRow;

/**
 * A member's publishing: its rules, and the publisher that keeps the index current. Each step runs in one
 * transaction under the tenant's publishing row (SKIP LOCKED: one instance at a time): during a rebuild the next
 * page of stacks items, otherwise the next stacks item events of the outbox; each item is published as the rules
 * say or withdrawn.
 */
public final class PublishingService {
  static final int PAGE = 1000;
  static final int EVENTS = 100;
  private final Db db;
  private final PublishingRepository publishing;
  private final ItemService items;
  private final ConsortiumExchange exchange;

  public PublishingService(Db db, PublishingRepository publishing, ItemService items, ConsortiumExchange exchange) {
    this.db = db;
    this.publishing = publishing;
    this.items = items;
    this.exchange = exchange;
  }

  public Future<IllConsortiumPublishing> current(String tenant) {
    return publishing.find(db.pool(), tenant).compose(s -> exchange.publishedCount(db.pool(), tenant)
        .map(count -> new IllConsortiumPublishing().withRules(s.rules()).withPublishedCount(count)));
  }

  public Future<IllConsortiumPublishing> replace(String tenant, IllConsortiumPublishing rules) {
    return db.inTransaction(conn -> publishing.replaceRules(conn, tenant, rules.getRules())).compose(x -> current(tenant));
  }

  /** Publishes what changed until nothing is left; how many items were published or withdrawn. */
  public Future<Integer> publishChanges(String tenant) {
    Promise<Integer> done = Promise.promise();
    step(tenant, 0, done);
    return done.future();
  }

  private void step(String tenant, int total, Promise<Integer> done) {
    db.inTransaction(conn -> publishing.lockForWork(conn, tenant).compose(state -> state.isEmpty()
            ? Future.succeededFuture(0) : step(conn, tenant, state.get())))
        .onFailure(done::fail)
        .onSuccess(n -> {
          if (n == 0) {
            done.complete(total);
          } else {
            step(tenant, total + n, done);
          }
        });
  }

  private Future<Integer> step(SqlClient conn, String tenant, PublishingRepository.State state) {
    PublishingRules rules = new PublishingRules(state.rules());
    if (state.rebuildAfter() != null) {
      return items.catalogAfter(conn, tenant, state.rebuildAfter(), PAGE).compose(page -> apply(conn, tenant, rules, ids(page), page)
          .compose(x -> publishing.advance(conn, tenant, state.outboxCursor(),
              page.size() < PAGE ? null : page.get(page.size() - 1).id()))
          .map(Math.max(1, page.size())));
    }
    return publishing.itemEvents(conn, tenant, state.outboxCursor(), EVENTS).compose(events -> {
      if (events.isEmpty()) {
        return Future.succeededFuture(0);
      }
      Set<String> changed = new LinkedHashSet<>();
      events.forEach(e -> changed.addAll(e.itemIds()));
      List<String> ids = new ArrayList<>(changed);
      return items.catalog(conn, tenant, ids).compose(rows -> apply(conn, tenant, rules, ids, rows))
          .compose(x -> publishing.advance(conn, tenant, events.get(events.size() - 1).id(), null))
          .map(ids.size());
    });
  }

  /** Publishes the rows the rules publish; withdraws the other ids (unpublished or deleted items). */
  private Future<Void> apply(SqlClient conn, String tenant, PublishingRules rules, List<String> ids, List<CatalogRow> rows) {
    List<PublishedItem> published = new ArrayList<>();
    Set<String> withdrawn = new LinkedHashSet<>(ids);
    for (CatalogRow row : rows) {
      Optional<PublishedItem> item = rules.apply(row);
      item.ifPresent(published::add);
      if (item.isPresent()) {
        withdrawn.remove(row.id());
      }
    }
    return exchange.publish(conn, tenant, published).compose(x -> exchange.withdraw(conn, tenant, new ArrayList<>(withdrawn)));
  }

  private static List<String> ids(List<CatalogRow> rows) {
    return rows.stream().map(CatalogRow::id).toList();
  }
}

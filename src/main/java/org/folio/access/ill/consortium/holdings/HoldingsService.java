package org.folio.access.ill.consortium.holdings;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.folio.access.circulation.Ids;
import org.folio.access.ill.consortium.exchange.ConsortiumExchange;
import org.folio.access.ill.consortium.exchange.FindAnswer;
import org.folio.access.ill.consortium.exchange.FindQuery;
import org.folio.access.ill.consortium.publishing.Searches;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;

/** FindItem and one holding over the published index, for staff (the consortium broker searches the same way). */
public final class HoldingsService {
  private final Db db;
  private final ConsortiumExchange exchange;

  public HoldingsService(Db db, ConsortiumExchange exchange) {
    this.db = db;
    this.exchange = exchange;
  }

  /** A found answer and how it was searched. */
  public record Found(FindAnswer answer, boolean byIdentifiers) {}

  public Future<Found> find(String tenant, String isbn, String issn, String title, String author) {
    List<FindQuery> queries = Searches.of(split(isbn), split(issn), title, title == null ? null : author);
    if (queries.isEmpty()) {
      return Future.failedFuture(ApiError.badRequest("MISSING_SEARCH", "Give isbn, issn or title", "title", ""));
    }
    return find(tenant, queries);
  }

  /** The first search that finds any holding of another member (or the last answer). */
  public Future<Found> find(String tenant, List<FindQuery> queries) {
    FindQuery q = queries.get(0);
    return exchange.find(db.pool(), tenant, q).compose(answer -> answer.total() > 0 || answer.availableLocally() || queries.size() == 1
        ? Future.succeededFuture(new Found(answer, q.byIdentifiers()))
        : find(tenant, queries.subList(1, queries.size())));
  }

  public Future<JsonObject> holding(String tenant, String holdingId) {
    UUID id = Ids.uuid(holdingId);
    if (id == null) {
      return Future.failedFuture(notFound(holdingId));
    }
    return exchange.holding(db.pool(), tenant, id)
        .compose(h -> h.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(notFound(holdingId))));
  }

  private static List<String> split(String list) {
    return list == null || list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  static ApiError notFound(String id) {
    return ApiError.notFound("No consortium holding " + id);
  }
}

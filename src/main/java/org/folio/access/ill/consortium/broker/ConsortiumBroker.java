package org.folio.access.ill.consortium.broker;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.folio.access.connectors.broker.Broker;
import org.folio.access.connectors.broker.BrokerAccount;
import org.folio.access.connectors.broker.BrokerPatron;
import org.folio.access.connectors.broker.BrokerSession;
import org.folio.access.connectors.broker.FindResult;
import org.folio.access.connectors.broker.ItemSearch;
import org.folio.access.connectors.broker.RequestDetails;
import org.folio.access.connectors.common.UpstreamFailure;
import org.folio.access.ill.consortium.exchange.ConsortiumExchange;
import org.folio.access.ill.consortium.exchange.FindAnswer;
import org.folio.access.ill.consortium.exchange.FindQuery;
import org.folio.access.ill.consortium.lending.Rota;
import org.folio.access.ill.consortium.publishing.Keys;
import org.folio.access.ill.routing.Brokers;
import org.folio.access.platform.db.Db;

/**
 * The built-in broker (setting broker = consortium): FindItem over the published holdings of the other accepted
 * members of the tenant's consortia, through the consortium exchange; RequestItem opens a lending request at the
 * first lender in rota order that still has a copy free (the others are its rota). No outside call, so no
 * authentication: the session is the tenant. The request number is the lending request's id.
 */
public final class ConsortiumBroker implements Broker {
  private final Db db;
  private final ConsortiumExchange exchange;
  private final Rota rota;

  public ConsortiumBroker(Db db, ConsortiumExchange exchange, Rota rota) {
    this.db = db;
    this.exchange = exchange;
    this.rota = rota;
  }

  @Override
  public String name() {
    return Brokers.CONSORTIUM;
  }

  @Override
  public Future<BrokerSession> authenticate(BrokerAccount account, BrokerPatron patron) {
    return Future.succeededFuture(new BrokerSession(account, account.tenant()));
  }

  @Override
  public Future<FindResult> find(BrokerSession session, ItemSearch search) {
    FindQuery query = query(search);
    if (query.empty()) {
      return Future.succeededFuture(FindResult.nothing("{}"));
    }
    return exchange.find(db.pool(), session.account().tenant(), query).map(ConsortiumBroker::result);
  }

  @Override
  public Future<String> request(BrokerSession session, ItemSearch search, RequestDetails details) {
    String tenant = session.account().tenant();
    FindQuery query = query(search);
    return exchange.find(db.pool(), tenant, query).compose(found -> db.inTransaction(conn -> rota.request(conn, tenant,
            details.transactionId(), found.lenders(), List.of(query), details.notes().isBlank() ? null : details.notes())))
        .compose(opened -> opened.isPresent()
            ? Future.succeededFuture(opened.get().request().id().toString())
            : Future.failedFuture(new UpstreamFailure(UpstreamFailure.Kind.REFUSED, 0, null,
                "no member has a lendable copy free any more")));
  }

  /** By every ISBN and ISSN for an exact search; else by the ISSNs, else by title and author words. */
  static FindQuery query(ItemSearch search) {
    if (search.exact() || !search.issns().isEmpty()) {
      return new FindQuery(Keys.identifiers(search.isbns(), search.issns()), List.of());
    }
    return new FindQuery(List.of(), Keys.words(search.title(), search.author()));
  }

  static FindResult result(FindAnswer a) {
    String message = a.requestable() ? "lendable at " + String.join(", ", a.lenders())
        : a.availableLocally() ? "held by this library" : a.total() > 0 ? "held on site only at " + String.join(", ", a.onSiteOnly())
        : "held by no member";
    JsonObject raw = new JsonObject().put("lenders", a.lenders()).put("onSiteOnly", a.onSiteOnly())
        .put("availableLocally", a.availableLocally()).put("totalRecords", a.total());
    return new FindResult(a.requestable(), a.total(), null, null, message, raw.encode(), a.availableLocally());
  }
}

package org.folio.access.ill.consortium.holdings;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.IllConsortiumFindResult;
import org.folio.access.rest.model.IllConsortiumHolding;
import org.folio.access.rest.resource.IllConsortiumHoldings;

/** /ill/consortium-holdings: HTTP in and out only. */
public final class HoldingsResource implements IllConsortiumHoldings {
  private final HoldingsService holdings;

  public HoldingsResource(HoldingsService holdings) {
    this.holdings = holdings;
  }

  @Override
  public Future<Reply> getIllConsortiumHoldings(String isbn, String issn, String title, String author, OkapiContext okapi) {
    return holdings.find(okapi.tenant(), isbn, issn, title, author).map(found -> GetIllConsortiumHoldingsResponse.respond200(
        new IllConsortiumFindResult()
            .withSearchedBy(found.byIdentifiers() ? IllConsortiumFindResult.SearchedBy.IDENTIFIERS : IllConsortiumFindResult.SearchedBy.KEYWORDS)
            .withRequestable(found.answer().requestable()).withLenders(found.answer().lenders())
            .withOnSiteOnly(found.answer().onSiteOnly()).withAvailableLocally(found.answer().availableLocally())
            .withHoldings(found.answer().holdings().stream().map(h -> Json.decode(h.toString(), IllConsortiumHolding.class)).toList())
            .withTotalRecords(found.answer().total())));
  }

  @Override
  public Future<Reply> getIllConsortiumHoldingsByHoldingId(String holdingId, OkapiContext okapi) {
    return holdings.holding(okapi.tenant(), holdingId)
        .map(h -> GetIllConsortiumHoldingsByHoldingIdResponse.respond200(Json.decode(h.encode(), IllConsortiumHolding.class)));
  }
}

package org.folio.access.circulation.fulfilment;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EcontentFulfillmentByToken;

/** GET /econtent/fulfillment/{token}: mounted without the tenant header (the token carries it, signed). */
public final class FulfillmentLinkResource implements EcontentFulfillmentByToken {
  private final FulfillmentService service;

  public FulfillmentLinkResource(FulfillmentService service) {
    this.service = service;
  }

  @Override
  public Future<Reply> getEcontentFulfillmentByToken(String token, OkapiContext okapi) {
    return service.follow(token, okapi.tenant()).map(GetEcontentFulfillmentByTokenResponse::respond302);
  }
}

package org.folio.access.circulation.fulfilment;

import io.vertx.core.Future;
import org.folio.access.circulation.hosted.HostedDelivery;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EcontentFulfillmentByToken;

/**
 * GET /econtent/fulfillment/{token}: mounted without the tenant header (the token carries it, signed). Hosted
 * content is answered as the file itself; anything else is a redirect to where it lives.
 */
public final class FulfillmentLinkResource implements EcontentFulfillmentByToken {
  private final FulfillmentService service;
  private final HostedDelivery hosted;

  public FulfillmentLinkResource(FulfillmentService service, HostedDelivery hosted) {
    this.service = service;
    this.hosted = hosted;
  }

  @Override
  public Future<Reply> getEcontentFulfillmentByToken(String token, String range, String ifNoneMatch, OkapiContext okapi) {
    return service.verify(token, okapi.tenant())
        .compose(link -> hosted.answer(link.tenant(), link.resourceId(), range, ifNoneMatch)
            .compose(file -> file.isPresent() ? Future.succeededFuture(file.get())
                : service.contentUrl(link).map(GetEcontentFulfillmentByTokenResponse::respond302)));
  }
}

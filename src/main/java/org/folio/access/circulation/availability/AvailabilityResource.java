package org.folio.access.circulation.availability;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EcontentAvailabilityByResourceId;

/** GET /econtent/availability/{resourceId}. */
public final class AvailabilityResource implements EcontentAvailabilityByResourceId {
  private final AvailabilityService service;

  public AvailabilityResource(AvailabilityService service) {
    this.service = service;
  }

  @Override
  public Future<Reply> getEcontentAvailabilityByResourceId(String resourceId, OkapiContext okapi) {
    return service.of(okapi.tenant(), resourceId).map(GetEcontentAvailabilityByResourceIdResponse::respond200);
  }
}

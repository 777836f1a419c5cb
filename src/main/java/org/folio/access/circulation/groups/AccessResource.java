package org.folio.access.circulation.groups;

import io.vertx.core.Future;
import org.folio.access.circulation.Caller;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EcontentAccessByResourceId;

/** GET /econtent/access/{resourceId}. */
public final class AccessResource implements EcontentAccessByResourceId {
  private final AccessService access;

  public AccessResource(AccessService access) {
    this.access = access;
  }

  @Override
  public Future<Reply> getEcontentAccessByResourceId(String resourceId, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> access.of(okapi.tenant(), caller, resourceId))
        .map(GetEcontentAccessByResourceIdResponse::respond200);
  }
}

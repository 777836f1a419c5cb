package org.folio.access.eholdings.settings.api;

import io.vertx.core.Future;
import org.folio.access.eholdings.settings.accesstypes.AccessTypeService;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EholdingsAccessTypes;

/** GET /eholdings/access-types[/{id}]: access types of the calling user's knowledge base. */
public final class AccessTypesResource implements EholdingsAccessTypes {
  private final AccessTypeService accessTypes;

  public AccessTypesResource(AccessTypeService accessTypes) {
    this.accessTypes = accessTypes;
  }

  @Override
  public Future<Reply> getEholdingsAccessTypes(OkapiContext okapi) {
    return accessTypes.callersList(okapi).map(all -> GetEholdingsAccessTypesResponse.respond200(AccessTypeJson.collection(all)));
  }

  @Override
  public Future<Reply> getEholdingsAccessTypesByAccessTypeId(String accessTypeId, OkapiContext okapi) {
    return accessTypes.callersGet(okapi, accessTypeId)
        .map(type -> GetEholdingsAccessTypesByAccessTypeIdResponse.respond200(AccessTypeJson.item(type)));
  }
}

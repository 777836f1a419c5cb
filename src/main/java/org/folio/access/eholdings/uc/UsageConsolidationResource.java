package org.folio.access.eholdings.uc;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.UcSettingsRequest;
import org.folio.access.rest.resource.EholdingsKbCredentialsByIdUc;
import org.folio.access.rest.resource.EholdingsUc;

/** /eholdings/uc and /eholdings/kb-credentials/{id}/uc(/key): each method calls one service method. */
public final class UsageConsolidationResource implements EholdingsUc, EholdingsKbCredentialsByIdUc {
  private final UsageConsolidationService service;

  public UsageConsolidationResource(UsageConsolidationService service) {
    this.service = service;
  }

  /** metrictype is accepted for the UI's sake: the stored metric type is always answered. */
  @Override
  public Future<Reply> getEholdingsUc(Boolean metrictype, OkapiContext okapi) {
    return service.callersSettings(okapi).map(s -> GetEholdingsUcResponse.respond200(UcJson.settings(s)));
  }

  @Override
  public Future<Reply> getEholdingsKbCredentialsByIdUc(String id, OkapiContext okapi) {
    return service.settings(okapi, id).map(s -> GetEholdingsKbCredentialsByIdUcResponse.respond200(UcJson.settings(s)));
  }

  @Override
  public Future<Reply> postEholdingsKbCredentialsByIdUc(String id, UcSettingsRequest entity, OkapiContext okapi) {
    return service.create(okapi, id, entity.getData().getAttributes())
        .map(s -> PostEholdingsKbCredentialsByIdUcResponse.respond201(UcJson.settings(s)));
  }

  @Override
  public Future<Reply> patchEholdingsKbCredentialsByIdUc(String id, UcSettingsRequest entity, OkapiContext okapi) {
    return service.patch(okapi, id, entity.getData().getAttributes())
        .map(x -> PatchEholdingsKbCredentialsByIdUcResponse.respond204());
  }

  @Override
  public Future<Reply> getEholdingsKbCredentialsByIdUcKey(String id, OkapiContext okapi) {
    return service.settings(okapi, id).map(s -> GetEholdingsKbCredentialsByIdUcKeyResponse.respond200(UcJson.key(s)));
  }
}

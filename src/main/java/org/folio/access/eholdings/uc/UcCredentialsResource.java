package org.folio.access.eholdings.uc;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.UcCredentialsRequest;
import org.folio.access.rest.resource.EholdingsUcCredentials;

/** /eholdings/uc-credentials: presence, replacement, and the two secrets behind their own permissions. */
public final class UcCredentialsResource implements EholdingsUcCredentials {
  private final UsageConsolidationService service;

  public UcCredentialsResource(UsageConsolidationService service) {
    this.service = service;
  }

  @Override
  public Future<Reply> getEholdingsUcCredentials(OkapiContext okapi) {
    return service.credentialsPresent(okapi).map(present -> GetEholdingsUcCredentialsResponse.respond200(UcJson.presence(present)));
  }

  @Override
  public Future<Reply> putEholdingsUcCredentials(UcCredentialsRequest entity, OkapiContext okapi) {
    return service.saveCredentials(okapi, entity.getAttributes()).map(x -> PutEholdingsUcCredentialsResponse.respond204());
  }

  @Override
  public Future<Reply> getEholdingsUcCredentialsClientId(OkapiContext okapi) {
    return service.credentials(okapi).map(c -> GetEholdingsUcCredentialsClientIdResponse.respond200(UcJson.clientId(c)));
  }

  @Override
  public Future<Reply> getEholdingsUcCredentialsClientSecret(OkapiContext okapi) {
    return service.credentials(okapi).map(c -> GetEholdingsUcCredentialsClientSecretResponse.respond200(UcJson.clientSecret(c)));
  }
}

package org.folio.access.stacks.ils;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.StacksIlsSettings;

/** /stacks/ils-settings: HTTP in and out only. */
public final class IlsSettingsResource implements org.folio.access.rest.resource.StacksIlsSettings {
  private final IlsSettingsService settings;

  public IlsSettingsResource(IlsSettingsService settings) {
    this.settings = settings;
  }

  @Override
  public Future<Reply> getStacksIlsSettings(OkapiContext okapi) {
    return settings.get(okapi.tenant()).map(GetStacksIlsSettingsResponse::respond200);
  }

  @Override
  public Future<Reply> putStacksIlsSettings(StacksIlsSettings entity, OkapiContext okapi) {
    return settings.put(okapi.tenant(), entity).map(PutStacksIlsSettingsResponse::respond200);
  }
}

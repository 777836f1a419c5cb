package org.folio.access.ill.settings;

import io.vertx.core.Future;
import org.folio.access.ill.Callers;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.IllSettings;

/** /ill/settings: HTTP in and out only. */
public final class SettingsResource implements org.folio.access.rest.resource.IllSettings {
  private final SettingsService settings;

  public SettingsResource(SettingsService settings) {
    this.settings = settings;
  }

  @Override
  public Future<Reply> getIllSettings(OkapiContext okapi) {
    return settings.current(okapi.tenant()).map(s -> GetIllSettingsResponse.respond200(s.masked()));
  }

  @Override
  public Future<Reply> putIllSettings(IllSettings entity, OkapiContext okapi) {
    return Callers.userId(okapi).compose(user -> settings.replace(okapi.tenant(), entity, user))
        .map(s -> PutIllSettingsResponse.respond200(s.masked()));
  }
}

package org.folio.access.stacks.settings;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.StacksSettings;
import org.folio.access.rest.resource.StacksSettings.GetStacksSettingsResponse;
import org.folio.access.rest.resource.StacksSettings.PutStacksSettingsResponse;

/** /stacks/settings: HTTP in and out only. */
public final class SettingsResource implements org.folio.access.rest.resource.StacksSettings {
  private final SettingsService settings;

  public SettingsResource(SettingsService settings) {
    this.settings = settings;
  }

  @Override
  public Future<Reply> getStacksSettings(OkapiContext okapi) {
    return settings.get(okapi.tenant()).map(GetStacksSettingsResponse::respond200);
  }

  @Override
  public Future<Reply> putStacksSettings(StacksSettings entity, OkapiContext okapi) {
    return settings.replace(okapi.tenant(), entity).map(PutStacksSettingsResponse::respond200);
  }
}

package org.folio.access.stacks.mappings;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.StacksLocationMappings;

/** /stacks/location-mappings: HTTP in and out only. */
public final class LocationMappingsResource implements org.folio.access.rest.resource.StacksLocationMappings {
  private final LocationMappingService mappings;

  public LocationMappingsResource(LocationMappingService mappings) {
    this.mappings = mappings;
  }

  @Override
  public Future<Reply> getStacksLocationMappings(OkapiContext okapi) {
    return mappings.get(okapi.tenant()).map(GetStacksLocationMappingsResponse::respond200);
  }

  @Override
  public Future<Reply> putStacksLocationMappings(StacksLocationMappings entity, OkapiContext okapi) {
    return mappings.replace(okapi.tenant(), entity).map(PutStacksLocationMappingsResponse::respond200);
  }
}

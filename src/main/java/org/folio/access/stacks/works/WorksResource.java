package org.folio.access.stacks.works;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;

/** /stacks/works: HTTP in and out only. */
public final class WorksResource implements org.folio.access.rest.resource.StacksWorks {
  private final WorkAvailabilityService availability;

  public WorksResource(WorkAvailabilityService availability) {
    this.availability = availability;
  }

  @Override
  public Future<Reply> getStacksWorksByWorkId(String workId, OkapiContext okapi) {
    return availability.availability(okapi.tenant(), workId).map(GetStacksWorksByWorkIdResponse::respond200);
  }
}

package org.folio.access.stacks.works;

import io.vertx.core.Future;
import java.util.Map;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;

/** /stacks/works: HTTP in and out only. */
public final class WorksResource implements org.folio.access.rest.resource.StacksWorks {
  private final WorkAvailabilityService availability;
  private final WorkSearchService search;

  public WorksResource(WorkAvailabilityService availability, WorkSearchService search) {
    this.availability = availability;
    this.search = search;
  }

  @Override
  public Future<Reply> getStacksWorks(String query, String locationType, String description, String accessStatus,
      String aggregations, Long offset, Long limit, OkapiContext okapi) {
    Future<WorkSearch> asked;
    try {
      asked = Future.succeededFuture(WorkSearch.of(query, locationType, description, accessStatus, aggregations, offset, limit));
    } catch (RuntimeException e) {
      asked = Future.failedFuture(e);
    }
    return asked.compose(s -> search.search(okapi.tenant(), s)).map(GetStacksWorksResponse::respond200);
  }

  @Override
  public Future<Reply> getStacksWorksByWorkId(String workId, OkapiContext okapi) {
    // The document is written by the service (items grouped by state); the schema is stacks-work-availability's.
    return availability.availability(okapi.tenant(), workId).map(json -> new Reply(200, "application/json", json, Map.of()));
  }
}

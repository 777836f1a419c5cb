package org.folio.access.ill.routing;

import io.vertx.core.Future;
import java.util.Map;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.IllQueueCount;
import org.folio.access.rest.model.IllQueueCounts;
import org.folio.access.rest.model.IllRoutingResult;
import org.folio.access.rest.resource.IllRoutingRun;

/** /ill/routing/run: HTTP in and out only. */
public final class RoutingResource implements IllRoutingRun {
  private final RoutingService routing;

  public RoutingResource(RoutingService routing) {
    this.routing = routing;
  }

  @Override
  public Future<Reply> postIllRoutingRun(OkapiContext okapi) {
    return routing.run(okapi.tenant()).map(routed -> PostIllRoutingRunResponse.respond200(result(routed)));
  }

  static IllRoutingResult result(Map<String, Integer> routed) {
    IllQueueCounts queues = new IllQueueCounts().withTotalRecords(routed.size())
        .withQueues(routed.entrySet().stream().map(e -> new IllQueueCount().withQueue(e.getKey()).withCount(e.getValue())).toList());
    return new IllRoutingResult().withRouted(routed.values().stream().mapToInt(Integer::intValue).sum()).withQueues(queues);
  }
}

package org.folio.access.circulation.statistics;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EcontentStatistics;

/** GET /econtent/statistics: staff's circulation counts per period. */
public final class StatisticsResource implements EcontentStatistics {
  private final StatisticsService service;

  public StatisticsResource(StatisticsService service) {
    this.service = service;
  }

  @Override
  public Future<Reply> getEcontentStatistics(String from, String to, String period, OkapiContext okapi) {
    return service.count(okapi.tenant(), from, to, period).map(GetEcontentStatisticsResponse::respond200);
  }
}

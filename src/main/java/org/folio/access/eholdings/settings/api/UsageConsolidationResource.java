package org.folio.access.eholdings.settings.api;

import io.vertx.core.Future;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EholdingsUc;

/**
 * GET /eholdings/uc: this knowledge base collects no usage statistics. ui-eholdings hides usage figures when
 * this answers 404 with a JSON:API error, and breaks on an empty document, so 404 is the answer.
 */
public final class UsageConsolidationResource implements EholdingsUc {

  @Override
  public Future<Reply> getEholdingsUc(Boolean metrictype, OkapiContext okapi) {
    return Future.failedFuture(new JsonApiError(404, "Usage Consolidation is not enabled",
        "This knowledge base does not collect usage statistics"));
  }
}

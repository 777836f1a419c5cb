package org.folio.access.eholdings.uc;

import io.vertx.core.Future;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EholdingsUc;

/** Usage consolidation is not part of a self-hosted knowledge base: a JSON:API 404 tells the UI to hide it. */
public final class UsageConsolidationResource implements EholdingsUc {
  @Override
  public Future<Reply> getEholdingsUc(OkapiContext okapi) {
    return Future.failedFuture(new JsonApiError(404, "Usage consolidation is not set up", null));
  }
}

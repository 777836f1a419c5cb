package org.folio.access.circulation.holds;

import io.vertx.core.Future;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.Pages;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.EcontentHold;
import org.folio.access.rest.model.EcontentHoldCollection;
import org.folio.access.rest.model.EcontentHoldRequest;
import org.folio.access.rest.resource.EcontentHolds;

/** /econtent/holds: HTTP in and out only. */
public final class HoldsResource implements EcontentHolds {
  private final HoldService holds;

  public HoldsResource(HoldService holds) {
    this.holds = holds;
  }

  @Override
  public Future<Reply> postEcontentHolds(EcontentHoldRequest entity, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> holds.place(okapi.tenant(), caller, entity.getResourceId(), entity.getPatronId()))
        .map(hold -> PostEcontentHoldsResponse.respond201(hold.as(EcontentHold.class)));
  }

  @Override
  public Future<Reply> getEcontentHolds(String query, Long offset, Long limit, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> holds.list(okapi.tenant(), caller, query, offset, limit))
        .map(page -> GetEcontentHoldsResponse.respond200(new EcontentHoldCollection()
            .withHolds(Pages.items(page, EcontentHold.class)).withTotalRecords(Pages.total(page))));
  }

  @Override
  public Future<Reply> getEcontentHoldsByHoldId(String holdId, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> holds.get(okapi.tenant(), caller, holdId))
        .map(hold -> GetEcontentHoldsByHoldIdResponse.respond200(hold.as(EcontentHold.class)));
  }

  @Override
  public Future<Reply> deleteEcontentHoldsByHoldId(String holdId, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> holds.cancel(okapi.tenant(), caller, holdId))
        .map(x -> DeleteEcontentHoldsByHoldIdResponse.respond204());
  }
}

package org.folio.access.circulation.availability;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.Ids;
import org.folio.access.circulation.Pages;
import org.folio.access.circulation.holds.HoldService;
import org.folio.access.circulation.loans.LoanService;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.EcontentHold;
import org.folio.access.rest.model.EcontentLoan;
import org.folio.access.rest.model.EcontentPatronActivity;
import org.folio.access.rest.resource.EcontentPatronsByPatronIdActivity;

/** GET /econtent/patrons/{patronId}/activity: open loans and active holds, the caller's own unless staff. */
public final class PatronActivityResource implements EcontentPatronsByPatronIdActivity {
  private final LoanService loans;
  private final HoldService holds;

  public PatronActivityResource(LoanService loans, HoldService holds) {
    this.loans = loans;
    this.holds = holds;
  }

  @Override
  public Future<Reply> getEcontentPatronsByPatronIdActivity(String patronId, OkapiContext okapi) {
    UUID patron = Ids.uuid(patronId);
    return Caller.from(okapi).compose(caller -> caller.self().compose(self -> {
      if (patron == null) {
        return Future.failedFuture(ApiError.badRequest("INVALID_PATRON_ID", "patronId must be a UUID", "patronId", patronId));
      }
      if (!caller.mayActFor(patron)) {
        return Future.failedFuture(ApiError.forbidden("NOT_PERMITTED", "Another patron's activity needs " + Caller.ALL));
      }
      return Future.all(loans.openOf(okapi.tenant(), patron), holds.activeOf(okapi.tenant(), patron));
    })).map(all -> GetEcontentPatronsByPatronIdActivityResponse.respond200(new EcontentPatronActivity()
        .withPatronId(patronId)
        .withLoans(Pages.items(all.<List<String>>resultAt(0), EcontentLoan.class))
        .withHolds(Pages.items(all.<List<String>>resultAt(1), EcontentHold.class))));
  }
}

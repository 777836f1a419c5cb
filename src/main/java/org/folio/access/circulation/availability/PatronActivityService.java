package org.folio.access.circulation.availability;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.Ids;
import org.folio.access.circulation.Pages;
import org.folio.access.circulation.holds.HoldRepository;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.EcontentHold;
import org.folio.access.rest.model.EcontentLoan;
import org.folio.access.rest.model.EcontentPatronActivity;

/** A patron's open loans and waiting or ready holds: their own, or any patron's for staff. */
public final class PatronActivityService {
  private final Db db;
  private final LoanRepository loans;
  private final HoldRepository holds;

  public PatronActivityService(Db db, LoanRepository loans, HoldRepository holds) {
    this.db = db;
    this.loans = loans;
    this.holds = holds;
  }

  public Future<EcontentPatronActivity> of(String tenant, Caller caller, String patronId) {
    UUID patron = Ids.uuid(patronId);
    return caller.self().compose(self -> {
      if (patron == null) {
        return Future.failedFuture(ApiError.badRequest("INVALID_PATRON_ID", "patronId must be a UUID", "patronId", patronId));
      }
      if (!caller.mayActFor(patron)) {
        return Future.failedFuture(ApiError.forbidden("NOT_PERMITTED", "Another patron's activity needs " + Caller.ALL));
      }
      return Future.all(loans.openOf(db.pool(), tenant, patron), holds.activeOf(db.pool(), tenant, patron))
          .map(all -> new EcontentPatronActivity().withPatronId(patronId)
              .withLoans(Pages.items(all.<List<String>>resultAt(0), EcontentLoan.class))
              .withHolds(Pages.items(all.<List<String>>resultAt(1), EcontentHold.class)));
    });
  }
}

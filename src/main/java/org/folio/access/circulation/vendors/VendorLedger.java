package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;
import org.folio.access.circulation.CirculationEvents;
import org.folio.access.circulation.Document;
import org.folio.access.circulation.PatronRepository;
import org.folio.access.circulation.holds.HoldRepository;
import org.folio.access.circulation.loans.LoanRepository;

/**
 * The local side of vendor lending, written only after the vendor said yes (or, in the sync, said so
 * already): loans and holds with their outbox events, each call in the caller's short transaction.
 */
public final class VendorLedger {
  private final PatronRepository patrons;
  private final LoanRepository loans;
  private final HoldRepository holds;

  public VendorLedger(PatronRepository patrons, LoanRepository loans, HoldRepository holds) {
    this.patrons = patrons;
    this.loans = loans;
    this.holds = holds;
  }

  /** A loan of `days`, fulfilling the patron's hold on it when there is one; under the patron's lock. */
  public Future<Document> openLoan(SqlConnection conn, String tenant, String resourceId, UUID patron, int days, UUID holdId) {
    UUID loanId = UUID.randomUUID();
    return Future.all(patrons.lock(conn, tenant, patron),
            loans.open(conn, tenant, loanId, resourceId, patron, days, holdId),
            CirculationEvents.loan(conn, tenant, CirculationEvents.LOAN_OPENED, loanId))
        .compose(all -> (holdId == null ? Future.<Void>succeededFuture()
            : holds.fulfil(conn, tenant, holdId, loanId).compose(hold -> hold.isEmpty() ? Future.<Void>succeededFuture()
                : CirculationEvents.hold(conn, tenant, CirculationEvents.HOLD_FULFILLED, holdId)))
            .map(x -> all.<Document>resultAt(1)));
  }

  /** Renews the loan if it is still open here. */
  public Future<Document> renewLoan(SqlConnection conn, String tenant, UUID loanId, int days) {
    return Future.all(loans.renew(conn, tenant, loanId, days),
            CirculationEvents.loan(conn, tenant, CirculationEvents.LOAN_RENEWED, loanId))
        .map(all -> all.<Document>resultAt(0));
  }

  /** Closes the loan if it is still open here (a vendor lendable has no copy to hand on). */
  public Future<Document> closeLoan(SqlConnection conn, String tenant, UUID loanId, String reason) {
    return Future.all(loans.close(conn, tenant, loanId, reason),
            CirculationEvents.loan(conn, tenant, CirculationEvents.LOAN_CLOSED, loanId))
        .map(all -> all.<Document>resultAt(0));
  }

  /** A waiting hold: the vendor keeps the queue; ours only mirrors that the patron waits. */
  public Future<Document> placeHold(SqlConnection conn, String tenant, String resourceId, UUID patron) {
    UUID holdId = UUID.randomUUID();
    return Future.all(patrons.lock(conn, tenant, patron),
            holds.insert(conn, tenant, holdId, resourceId, patron, "waiting", null, 0),
            CirculationEvents.hold(conn, tenant, CirculationEvents.HOLD_PLACED, holdId))
        .map(all -> all.<Document>resultAt(1));
  }

  public Future<Void> cancelHold(SqlConnection conn, String tenant, UUID holdId) {
    return Future.all(holds.cancel(conn, tenant, holdId, "patron"),
            CirculationEvents.hold(conn, tenant, CirculationEvents.HOLD_CANCELLED, holdId)).mapEmpty();
  }
}

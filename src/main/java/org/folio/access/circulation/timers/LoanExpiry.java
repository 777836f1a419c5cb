package org.folio.access.circulation.timers;

import io.vertx.core.Future;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.circulation.loans.LoanService;
import org.folio.access.platform.db.Db;

/**
 * Ends loans past their due date, one transaction each: claim (FOR UPDATE SKIP LOCKED, so instances share
 * the work) -> close as expired -> hand the copy on. E-content loans simply end; there is nothing to return.
 */
public final class LoanExpiry {
  static final int MAX_PER_RUN = 1000;
  private final Db db;
  private final LoanRepository loans;
  private final LoanService loanService;

  public LoanExpiry(Db db, LoanRepository loans, LoanService loanService) {
    this.db = db;
    this.loans = loans;
    this.loanService = loanService;
  }

  /** How many loans it closed. */
  public Future<Integer> run(String tenant) {
    return next(tenant, 0);
  }

  private Future<Integer> next(String tenant, int done) {
    if (done >= MAX_PER_RUN) {
      return Future.succeededFuture(done);
    }
    return db.inTransaction(conn -> loans.claimOverdue(conn, tenant).compose(loan -> loan.isEmpty()
            ? Future.succeededFuture(false)
            : loanService.close(conn, tenant, loan.get(), "expired").map(true)))
        .compose(closed -> closed ? next(tenant, done + 1) : Future.succeededFuture(done));
  }
}

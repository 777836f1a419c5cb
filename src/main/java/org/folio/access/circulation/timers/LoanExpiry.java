package org.folio.access.circulation.timers;

import io.vertx.core.Future;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.circulation.loans.LoanService;
import org.folio.access.platform.db.Db;

/** Ends loans past their due date: claim -> close as expired -> hand the copy on. E-content loans simply end. */
public final class LoanExpiry {
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
    return OneByOne.drain(db, conn -> loans.claimOverdue(conn, tenant).compose(loan -> loan.isEmpty()
        ? Future.succeededFuture(false)
        : loanService.close(conn, tenant, loan.get(), "expired").map(true)));
  }
}

package org.folio.access.circulation.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import org.folio.access.circulation.PatronStanding;
import org.folio.access.circulation.lendables.Lendable;
import org.folio.access.circulation.policy.LoanPolicy;
import org.folio.access.platform.errors.ApiError;
import org.junit.jupiter.api.Test;

/** The order in which a checkout is refused, without a database. */
class CheckOutRulesTest {
  private static Lendable middlemarch(boolean licenceEnded) {
    return new Lendable("1-2-3", "one-copy-one-user", 1, 0, null, licenceEnded, "ebook", List.of(), "local");
  }

  private static PatronStanding reader(boolean borrowsIt, int openLoans) {
    return new PatronStanding(UUID.randomUUID(), borrowsIt, openLoans, 0, null, null);
  }

  private static String refusal(Future<?> outcome) {
    return outcome.failed() ? ((ApiError) outcome.cause()).code() : "allowed";
  }

  @Test
  void aPatronWhoBorrowsTheTitleAlreadyIsToldSoFirst() {
    var s = new CheckOutService.Situation(middlemarch(true), LoanPolicy.defaults(), reader(true, 10), 21);
    assertEquals("ALREADY_CHECKED_OUT", refusal(CheckOutService.refuseWhenNotAllowed(s)));
  }

  @Test
  void theLoanLimitComesBeforeTheLicence() {
    var s = new CheckOutService.Situation(middlemarch(true), LoanPolicy.defaults(), reader(false, 10), 21);
    assertEquals("PATRON_LOAN_LIMIT_REACHED", refusal(CheckOutService.refuseWhenNotAllowed(s)));
  }

  @Test
  void anEndedLicenceLendsNoMore() {
    var s = new CheckOutService.Situation(middlemarch(true), LoanPolicy.defaults(), reader(false, 0), 21);
    assertEquals("LICENSE_EXHAUSTED", refusal(CheckOutService.refuseWhenNotAllowed(s)));
  }

  @Test
  void otherwiseTheCheckoutMayGoOn() {
    var s = new CheckOutService.Situation(middlemarch(false), LoanPolicy.defaults(), reader(false, 9), 21);
    assertTrue(CheckOutService.refuseWhenNotAllowed(s).succeeded());
  }
}

package org.folio.access.circulation.loans;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.CirculationErrors;
import org.folio.access.circulation.CirculationEvents;
import org.folio.access.circulation.Document;
import org.folio.access.circulation.PatronRepository;
import org.folio.access.circulation.PatronStanding;
import org.folio.access.circulation.holds.HoldRepository;
import org.folio.access.circulation.lendables.Lendable;
import org.folio.access.circulation.lendables.LendableRepository;
import org.folio.access.circulation.lendables.LendingRelay;
import org.folio.access.circulation.lendables.LendingSources;
import org.folio.access.circulation.policy.LoanPolicy;
import org.folio.access.circulation.policy.LoanPolicyRepository;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.db.Pipelined;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.EcontentLoanRequest;

/**
 * POST /econtent/loans: lockPatronAndLoadSituation -> refuseWhenNotAllowed -> takeCopy -> openLoan, one
 * transaction. The patron's advisory lock makes their limits exact; the lendable's conditional UPDATE makes
 * the copies exact; the unique index on open loans is the last word on "already checked out". The common
 * case (a free copy, no hold of the patron's on it) takes two round trips: BEGIN with the lock and the reads,
 * then the copy, the loan and its event in one statement with the COMMIT.
 */
public final class CheckOutService {
  private final Db db;
  private final LendableRepository lendables;
  private final LoanPolicyRepository policies;
  private final PatronRepository patrons;
  private final LoanRepository loans;
  private final HoldRepository holds;
  private final LendingSources sources;
  private final LendingRelay relay;

  public CheckOutService(Db db, LendableRepository lendables, LoanPolicyRepository policies, PatronRepository patrons,
      LoanRepository loans, HoldRepository holds, LendingSources sources, LendingRelay relay) {
    this.db = db;
    this.lendables = lendables;
    this.policies = policies;
    this.patrons = patrons;
    this.loans = loans;
    this.holds = holds;
    this.sources = sources;
    this.relay = relay;
  }

  /** What a checkout is decided on. */
  record Situation(Lendable lendable, LoanPolicy policy, PatronStanding standing, int days) {}

  public Future<Document> checkOut(String tenant, Caller caller, EcontentLoanRequest request) {
    return caller.patron(request.getPatronId()).compose(patron -> db.inPipelinedTransaction(tx ->
        loadSituation(tx.conn(), tenant, patron, request)
            .compose(CheckOutService::refuseWhenNotAllowed)
            .compose(s -> relay.relays(s.lendable()) ? Future.<Situation>failedFuture(new LendingRelay.HandOver(s))
                : Future.succeededFuture(s))
            .compose(s -> s.standing().holdsIt() || s.lendable().unlimited() ? takeCopy(tx.conn(), tenant, s)
                .compose(taken -> openLoan(tx.conn(), tenant, taken)) : openTakingCopy(tx, tenant, s)))
        .recover(e -> e instanceof LendingRelay.HandOver h ? relayed(tenant, caller, h.what(), request.getDays())
            : Future.failedFuture(e))
        .recover(e -> CirculationErrors.whenDuplicate(e, "econtent_loans_open_idx",
            CirculationErrors.alreadyCheckedOut(request.getResourceId()))));
  }

  /**
   * Locks the patron and reads the lendable, the policy and the patron's standing, pipelined on the
   * transaction's connection: the server runs them in order, so the reads see the state under the lock.
   */
  private Future<Situation> loadSituation(SqlConnection conn, String tenant, UUID patron, EcontentLoanRequest request) {
    String resourceId = request.getResourceId();
    return Future.all(patrons.lock(conn, tenant, patron), lendables.find(conn, tenant, resourceId), policies.find(conn, tenant),
            patrons.standing(conn, tenant, patron, resourceId))
        .compose(all -> {
          java.util.Optional<Lendable> lendable = all.resultAt(1);
          if (lendable.isEmpty()) {
            return Future.failedFuture(CirculationErrors.notLendable(resourceId));
          }
          LoanPolicy policy = all.resultAt(2);
          int period = policy.periodDays(lendable.get().mediaType());
          if (request.getDays() != null && request.getDays() > period) {
            return Future.failedFuture(ApiError.invalid("days", String.valueOf(request.getDays()),
                "days may shorten the loan period of " + period + " days for " + lendable.get().mediaType() + ", not extend it"));
          }
          int days = request.getDays() == null ? period : request.getDays();
          return Future.succeededFuture(new Situation(lendable.get(), policy, all.resultAt(3), days));
        });
  }

  /** A relayed lendable: our rules passed, our transaction is over; the lender decides, then the loan is written. */
  private Future<Document> relayed(String tenant, Caller caller, Situation s, Integer days) {
    return relay.checkOut(tenant, caller, s.lendable(), s.standing().patronId(), days, s.standing().holdId());
  }

  static Future<Situation> refuseWhenNotAllowed(Situation s) {
    String resourceId = s.lendable().resourceId();
    if (s.standing().borrowsIt()) {
      return Future.failedFuture(CirculationErrors.alreadyCheckedOut(resourceId));
    }
    if (s.standing().openLoans() >= s.policy().maxOpenLoans()) {
      return Future.failedFuture(CirculationErrors.loanLimitReached(s.policy().maxOpenLoans()));
    }
    if (s.lendable().licenceEnded()) {
      return Future.failedFuture(CirculationErrors.licenseExhausted(resourceId));
    }
    return Future.succeededFuture(s);
  }

  /**
   * A copy reserved for the patron is theirs already (a metered licence spends a checkout on it); an
   * unlimited licence always has one; otherwise take a free copy or refuse.
   */
  private Future<Situation> takeCopy(SqlConnection conn, String tenant, Situation s) {
    Lendable lendable = s.lendable();
    if (s.standing().hasReservation()) {
      return holds.lock(conn, tenant, s.standing().holdId()).compose(hold ->
          hold.isPresent() && "ready".equals(hold.get().status())
              ? spendOnReservation(conn, tenant, s)
              : takeFreeCopy(conn, tenant, s)); // the reservation lapsed meanwhile
    }
    return lendable.unlimited() ? Future.succeededFuture(s) : takeFreeCopy(conn, tenant, s);
  }

  private Future<Situation> spendOnReservation(SqlConnection conn, String tenant, Situation s) {
    if (!s.lendable().metered()) {
      return Future.succeededFuture(s);
    }
    return lendables.spendCheckout(conn, tenant, s.lendable().resourceId()).compose(spent -> spent
        ? Future.succeededFuture(s) : Future.failedFuture(CirculationErrors.licenseExhausted(s.lendable().resourceId())));
  }

  private Future<Situation> takeFreeCopy(SqlConnection conn, String tenant, Situation s) {
    String resourceId = s.lendable().resourceId();
    return lendables.takeCopy(conn, tenant, resourceId)
        .compose(taken -> taken ? Future.succeededFuture(s) : refuseCopy(conn, tenant, resourceId).map(s));
  }

  /**
   * A free copy, the loan and its event in one statement, sent with the COMMIT (the source is told first,
   * inside the transaction). No copy taken: nothing was written, and the refusal says why.
   */
  private Future<Document> openTakingCopy(Pipelined tx, String tenant, Situation s) {
    UUID loanId = UUID.randomUUID();
    Lendable lendable = s.lendable();
    return sources.of(lendable).lent(tenant, lendable, loanId, s.standing().patronId()).compose(x -> {
      Future<java.util.Optional<Document>> opened = loans.openTakingCopy(tx.conn(), tenant, loanId, lendable.resourceId(),
          s.standing().patronId(), s.days());
      Future<Void> committed = tx.commit();
      return opened.compose(loan -> loan.isPresent() ? committed.map(loan.get())
          : committed.compose(y -> refuseCopy(tx.conn(), tenant, lendable.resourceId())));
    });
  }

  private Future<Document> refuseCopy(SqlConnection conn, String tenant, String resourceId) {
    return lendables.find(conn, tenant, resourceId).compose(now -> Future.failedFuture(
        now.isPresent() && now.get().licenceEnded() ? CirculationErrors.licenseExhausted(resourceId)
            : CirculationErrors.noAvailableCopies(resourceId)));
  }

  /**
   * The loan and its event (pipelined: the event is built from the new row); the patron's active hold on the
   * lendable, if any, is fulfilled by it.
   */
  private Future<Document> openLoan(SqlConnection conn, String tenant, Situation s) {
    UUID loanId = UUID.randomUUID();
    UUID patron = s.standing().patronId();
    UUID holdId = s.standing().holdId();
    return Future.all(loans.open(conn, tenant, loanId, s.lendable().resourceId(), patron, s.days(), holdId),
            CirculationEvents.loan(conn, tenant, CirculationEvents.LOAN_OPENED, loanId))
        .map(all -> all.<Document>resultAt(0))
        .compose(loan -> (holdId == null ? Future.<Void>succeededFuture() : fulfilHold(conn, tenant, holdId, loanId))
            .compose(x -> sources.of(s.lendable()).lent(tenant, s.lendable(), loanId, patron))
            .map(x -> loan));
  }

  private Future<Void> fulfilHold(SqlConnection conn, String tenant, UUID holdId, UUID loanId) {
    return holds.fulfil(conn, tenant, holdId, loanId).compose(hold -> hold.isEmpty() ? Future.succeededFuture()
        : CirculationEvents.hold(conn, tenant, CirculationEvents.HOLD_FULFILLED, holdId));
  }
}

package org.folio.access.circulation.holds;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.CirculationEvents;
import org.folio.access.circulation.PatronRepository;
import org.folio.access.circulation.lendables.Lendable;
import org.folio.access.circulation.lendables.LendableRepository;
import org.folio.access.circulation.lendables.LendingSources;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.circulation.policy.LoanPolicy;
import org.folio.access.circulation.policy.LoanPolicyRepository;

/**
 * Gives a copy that came free to the first waiting hold, in the transaction that freed it and under the
 * lendable's row lock, so that one copy never goes to two patrons and nobody is skipped: a loan at once
 * (auto-checkout), or a reservation when the policy says reserve or the patron is at their loan limit.
 * With nobody waiting (or a licence that has ended) the copy goes back to the free pool.
 */
public final class CopyHandOn {
  private final LendableRepository lendables;
  private final HoldRepository holds;
  private final LoanRepository loans;
  private final LoanPolicyRepository policies;
  private final PatronRepository patrons;
  private final LendingSources sources;

  public CopyHandOn(LendableRepository lendables, HoldRepository holds, LoanRepository loans, LoanPolicyRepository policies,
      PatronRepository patrons, LendingSources sources) {
    this.lendables = lendables;
    this.holds = holds;
    this.loans = loans;
    this.policies = policies;
    this.patrons = patrons;
    this.sources = sources;
  }

  /** Whose turn a copy of the lendable is: the lendable and its first waiting hold, both locked. */
  public record Turn(Lendable lendable, Optional<HoldRow> next) {}

  /**
   * Locks the lendable, then its first waiting hold: pipelined, and the server runs them in this order, so
   * the queue is read under the lendable's lock. May itself be pipelined after the statement freeing the copy.
   */
  public Future<Turn> nextTurn(SqlConnection conn, String tenant, String resourceId) {
    return Future.all(lendables.lock(conn, tenant, resourceId), holds.lockFirstWaiting(conn, tenant, resourceId))
        .map(all -> new Turn(all.<Optional<Lendable>>resultAt(0).orElseThrow(), all.resultAt(1)));
  }

  /**
   * nextTurn for the copy of a loan, by the loan's id: pipelined right after the loan's own lock (the lendable
   * and then its first waiting hold, in that order). Empty when there is no such loan.
   */
  public Future<Optional<Turn>> nextTurnOfLoan(SqlConnection conn, String tenant, UUID loanId) {
    return Future.all(lendables.lockOfLoan(conn, tenant, loanId), holds.lockFirstWaitingOfLoan(conn, tenant, loanId))
        .map(all -> all.<Optional<Lendable>>resultAt(0).map(lendable -> new Turn(lendable, all.resultAt(1))));
  }

  /** Whether handOn gives the copy back to the free pool (one statement, or none), not to a waiting hold. */
  public static boolean backToPool(Turn turn) {
    return turn.lendable().unlimited() || turn.next().isEmpty() || turn.lendable().licenceEnded();
  }

  /** A copy in use came free: a return, a loan that ran out, a reservation cancelled or lapsed. Answers the lendable. */
  public Future<Lendable> copyFreed(SqlConnection conn, String tenant, String resourceId) {
    return nextTurn(conn, tenant, resourceId).compose(turn -> handOn(conn, tenant, turn));
  }

  /** The freed copy goes to the next in line; with nobody waiting, or a licence that has ended, back to the pool. */
  public Future<Lendable> handOn(SqlConnection conn, String tenant, Turn turn) {
    Lendable lendable = turn.lendable();
    if (lendable.unlimited()) {
      return Future.succeededFuture(lendable);
    }
    Future<Void> done = backToPool(turn) // holds wait for a renewed licence
        ? lendables.releaseCopy(conn, tenant, lendable.resourceId())
        : give(conn, tenant, lendable, turn.next().get());
    return done.map(lendable);
  }

  /** After a licence change: every free copy goes to the next waiting hold, until one or the other runs out. */
  public Future<Void> fillFreeCopies(SqlConnection conn, String tenant, String resourceId) {
    return nextTurn(conn, tenant, resourceId).compose(turn -> {
      Lendable lendable = turn.lendable();
      if (!lendable.hasFreeCopy() || lendable.licenceEnded() || turn.next().isEmpty()) {
        return Future.succeededFuture();
      }
      return occupy(conn, tenant, lendable)
          .compose(x -> give(conn, tenant, lendable, turn.next().get()))
          .compose(x -> fillFreeCopies(conn, tenant, resourceId));
    });
  }

  private Future<Boolean> occupy(SqlConnection conn, String tenant, Lendable lendable) {
    return lendable.unlimited() ? Future.succeededFuture(true) : lendables.occupyCopy(conn, tenant, lendable.resourceId());
  }

  /** The copy, already counted in use, goes to the hold's patron. */
  private Future<Void> give(SqlConnection conn, String tenant, Lendable lendable, HoldRow hold) {
    return Future.all(policies.find(conn, tenant), patrons.openLoans(conn, tenant, hold.patronId()))
        .compose(all -> {
          LoanPolicy policy = all.resultAt(0);
          int open = all.resultAt(1);
          return policy.autoCheckout() && open < policy.maxOpenLoans()
              ? lend(conn, tenant, lendable, hold, policy)
              : reserve(conn, tenant, hold, policy);
        });
  }

  /** Loan and fulfilled hold with their events, pipelined in this order (the hold refers to the loan). */
  private Future<Void> lend(SqlConnection conn, String tenant, Lendable lendable, HoldRow hold, LoanPolicy policy) {
    UUID loanId = UUID.randomUUID();
    Future<Boolean> spent = lendable.metered() ? lendables.spendCheckout(conn, tenant, lendable.resourceId())
        : Future.succeededFuture(true);
    return spent
        .compose(x -> Future.all(
            loans.open(conn, tenant, loanId, lendable.resourceId(), hold.patronId(), policy.periodDays(lendable.mediaType()), hold.id()),
            CirculationEvents.loan(conn, tenant, CirculationEvents.LOAN_OPENED, loanId),
            holds.fulfil(conn, tenant, hold.id(), loanId),
            CirculationEvents.hold(conn, tenant, CirculationEvents.HOLD_FULFILLED, hold.id())))
        .compose(x -> sources.of(lendable).lent(tenant, lendable, loanId, hold.patronId()));
  }

  private Future<Void> reserve(SqlConnection conn, String tenant, HoldRow hold, LoanPolicy policy) {
    return Future.all(holds.reserve(conn, tenant, hold.id(), policy.reservationHours()),
        CirculationEvents.hold(conn, tenant, CirculationEvents.HOLD_READY, hold.id())).mapEmpty();
  }
}

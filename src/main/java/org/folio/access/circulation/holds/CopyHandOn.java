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

  /** A copy in use came free: a return, a loan that ran out, a reservation cancelled or lapsed. Answers the lendable. */
  public Future<Lendable> copyFreed(SqlConnection conn, String tenant, String resourceId) {
    return lendables.lock(conn, tenant, resourceId).compose(found -> {
      Lendable lendable = found.orElseThrow();
      if (lendable.unlimited()) {
        return Future.succeededFuture(lendable);
      }
      return nextInLine(conn, tenant, lendable).compose(hold -> hold.isEmpty()
          ? lendables.releaseCopy(conn, tenant, resourceId)
          : give(conn, tenant, lendable, hold.get())).map(lendable);
    });
  }

  /** After a licence change: every free copy goes to the next waiting hold, until one or the other runs out. */
  public Future<Void> fillFreeCopies(SqlConnection conn, String tenant, String resourceId) {
    return lendables.lock(conn, tenant, resourceId).compose(found -> {
      Lendable lendable = found.orElseThrow();
      if (!lendable.hasFreeCopy()) {
        return Future.succeededFuture();
      }
      return nextInLine(conn, tenant, lendable).compose(hold -> hold.isEmpty() ? Future.succeededFuture()
          : occupy(conn, tenant, lendable)
              .compose(x -> give(conn, tenant, lendable, hold.get()))
              .compose(x -> fillFreeCopies(conn, tenant, resourceId)));
    });
  }

  private Future<Optional<HoldRow>> nextInLine(SqlConnection conn, String tenant, Lendable lendable) {
    if (lendable.licenceEnded()) {
      return Future.succeededFuture(Optional.empty()); // the holds wait for a renewed licence
    }
    return holds.lockFirstWaiting(conn, tenant, lendable.resourceId());
  }

  private Future<Boolean> occupy(SqlConnection conn, String tenant, Lendable lendable) {
    return lendable.unlimited() ? Future.succeededFuture(true) : lendables.occupyCopy(conn, tenant, lendable.resourceId());
  }

  /** The copy, already counted in use, goes to the hold's patron. */
  private Future<Void> give(SqlConnection conn, String tenant, Lendable lendable, HoldRow hold) {
    return policies.find(conn, tenant).compose(policy -> patrons.openLoans(conn, tenant, hold.patronId())
        .compose(open -> policy.autoCheckout() && open < policy.maxOpenLoans()
            ? lend(conn, tenant, lendable, hold, policy)
            : reserve(conn, tenant, hold, policy)));
  }

  private Future<Void> lend(SqlConnection conn, String tenant, Lendable lendable, HoldRow hold, LoanPolicy policy) {
    UUID loanId = UUID.randomUUID();
    Future<Boolean> spent = lendable.metered() ? lendables.spendCheckout(conn, tenant, lendable.resourceId())
        : Future.succeededFuture(true);
    return spent
        .compose(x -> loans.open(conn, tenant, loanId, lendable.resourceId(), hold.patronId(),
            policy.periodDays(lendable.mediaType()), hold.id()))
        .compose(loan -> CirculationEvents.loan(conn, tenant, CirculationEvents.LOAN_OPENED, loan))
        .compose(x -> holds.fulfil(conn, tenant, hold.id(), loanId))
        .compose(done -> CirculationEvents.hold(conn, tenant, CirculationEvents.HOLD_FULFILLED, done.orElseThrow()))
        .compose(x -> sources.of(lendable).lent(tenant, lendable, loanId, hold.patronId()));
  }

  private Future<Void> reserve(SqlConnection conn, String tenant, HoldRow hold, LoanPolicy policy) {
    return holds.reserve(conn, tenant, hold.id(), policy.reservationHours())
        .compose(ready -> CirculationEvents.hold(conn, tenant, CirculationEvents.HOLD_READY, ready));
  }
}

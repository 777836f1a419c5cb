package org.folio.access.circulation.loans;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.CirculationErrors;
import org.folio.access.circulation.CirculationEvents;
import org.folio.access.circulation.Document;
import org.folio.access.circulation.Ids;
import org.folio.access.circulation.holds.CopyHandOn;
import org.folio.access.circulation.holds.HoldRepository;
import org.folio.access.circulation.lendables.Lendable;
import org.folio.access.circulation.lendables.LendableRepository;
import org.folio.access.circulation.lendables.LendingRelay;
import org.folio.access.circulation.lendables.LendingSources;
import org.folio.access.circulation.policy.LoanPolicy;
import org.folio.access.circulation.policy.LoanPolicyRepository;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.db.Pipelined;

/** Reading, renewing and returning loans. A patron sees and acts on their own loans only, staff on all. */
public final class LoanService {
  private final Db db;
  private final LoanRepository loans;
  private final LendableRepository lendables;
  private final LoanPolicyRepository policies;
  private final HoldRepository holds;
  private final CopyHandOn handOn;
  private final LendingSources sources;
  private final LendingRelay relay;

  public LoanService(Db db, LoanRepository loans, LendableRepository lendables, LoanPolicyRepository policies,
      HoldRepository holds, CopyHandOn handOn, LendingSources sources, LendingRelay relay) {
    this.db = db;
    this.loans = loans;
    this.lendables = lendables;
    this.policies = policies;
    this.holds = holds;
    this.handOn = handOn;
    this.sources = sources;
    this.relay = relay;
  }

  public Future<Document> get(String tenant, Caller caller, String loanId) {
    UUID id = Ids.uuid(loanId);
    return caller.self().compose(x -> id == null ? Future.succeededFuture(java.util.Optional.<LoanRepository.Found>empty())
            : loans.find(db.pool(), tenant, id))
        .compose(found -> found.isPresent() && caller.mayActFor(found.get().loan().patronId())
            ? Future.succeededFuture(found.get().document())
            : Future.failedFuture(CirculationErrors.loanNotFound(loanId)));
  }

  public Future<CqlCollection.Page> list(String tenant, Caller caller, String cql, long offset, long limit) {
    return caller.restriction().compose(patron -> loans.page(db.pool(), tenant, cql, offset, limit, patron));
  }

  /**
   * lockLoan -> refuseWhenClosed -> close -> recordEvent -> handTheCopyOn, in two round trips: BEGIN, the
   * loan's lock, the lock of its lendable and of the first waiting hold and the close with its event go in one
   * pipeline (the server runs them in this order; a refusal rolls the close back), then the copy goes back to
   * the pool with the COMMIT (or to the next in line). A relayed loan is handed over (the lender first, then
   * the close).
   */
  public Future<Document> giveBack(String tenant, Caller caller, String loanId) {
    UUID id = Ids.uuid(loanId);
    return caller.self().compose(x -> id == null ? Future.failedFuture(CirculationErrors.loanNotFound(loanId))
            : db.inPipelinedTransaction(tx -> {
              SqlConnection conn = tx.conn();
              Future<Optional<LoanRow>> locked = loans.lock(conn, tenant, id);
              Future<Optional<CopyHandOn.Turn>> turn = handOn.nextTurnOfLoan(conn, tenant, id);
              Future<Optional<Document>> closed = loans.closeWithEvent(conn, tenant, id, "returned",
                  caller.mayActFor(null) ? null : caller.userId());
              return Future.join(locked, turn, closed).transform(done -> handBack(tx, tenant, caller, loanId,
                  locked, turn, closed));
            }))
        .recover(e -> e instanceof LendingRelay.HandOver h
            ? relay.giveBack(tenant, caller, h.<Relayed>what().lendable(), h.<Relayed>what().loan().id(), h.<Relayed>what().loan().patronId())
            : Future.failedFuture(e));
  }

  /** After the first round trip of a return: refuse (404, 409, hand over) or hand the copy on and commit. */
  private Future<Document> handBack(Pipelined tx, String tenant, Caller caller, String loanId,
      Future<Optional<LoanRow>> locked, Future<Optional<CopyHandOn.Turn>> turn, Future<Optional<Document>> closed) {
    if (locked.failed()) {
      return Future.failedFuture(locked.cause());
    }
    Optional<LoanRow> loan = locked.result();
    if (loan.isEmpty() || !caller.mayActFor(loan.get().patronId())) {
      return Future.failedFuture(CirculationErrors.loanNotFound(loanId));
    }
    if (!loan.get().open()) {
      return Future.failedFuture(CirculationErrors.loanNotOpen(loanId));
    }
    if (turn.failed() || closed.failed()) {
      return Future.failedFuture(turn.failed() ? turn.cause() : closed.cause());
    }
    CopyHandOn.Turn next = turn.result().orElseThrow(() -> new IllegalStateException("Loan " + loanId + " has no lendable"));
    if (relay.relays(next.lendable())) {
      return Future.failedFuture(new LendingRelay.HandOver(new Relayed(loan.get(), next.lendable(), 0)));
    }
    Document document = closed.result().orElseThrow(() -> new IllegalStateException("Loan " + loanId + " was not closed"));
    SqlConnection conn = tx.conn();
    return sources.of(next.lendable()).ended(tenant, loan.get().resourceId(), loan.get().id()).compose(x -> {
      Future<Lendable> handed = handOn.handOn(conn, tenant, next);
      return (CopyHandOn.backToPool(next) ? Future.all(handed, tx.commit()).mapEmpty() : handed.mapEmpty()).map(document);
    });
  }

  /** What a relayed return or renewal hands over. */
  record Relayed(LoanRow loan, Lendable lendable, int days) {}

  /**
   * Closes the loan (returned or expired) and hands its copy on, in the caller's transaction. The close, its
   * event and the locks of the lendable and of its first waiting hold go in one pipeline, run in this order.
   */
  public Future<Document> close(SqlConnection conn, String tenant, LoanRow loan, String reason) {
    return Future.all(loans.closeWithEvent(conn, tenant, loan.id(), reason, null), handOn.nextTurn(conn, tenant, loan.resourceId()))
        .compose(all -> handOn.handOn(conn, tenant, all.resultAt(1))
            .compose(lendable -> sources.of(lendable).ended(tenant, loan.resourceId(), loan.id()))
            .map(x -> all.<Optional<Document>>resultAt(0).orElseThrow(
                () -> new IllegalStateException("Loan " + loan.id() + " was not closed"))));
  }

  /** lockLoan -> refuseWhenClosed -> loadLendableAndPolicy -> refuseWhenNotRenewable -> spendCheckout -> renew. */
  public Future<Document> renew(String tenant, Caller caller, String loanId) {
    return caller.self().compose(x -> db.inTransaction(conn -> lockOpenLoan(conn, tenant, caller, loanId)
        .compose(loan -> Future.all(lendables.find(conn, tenant, loan.resourceId()), policies.find(conn, tenant),
                holds.waitingCount(conn, tenant, loan.resourceId()))
            .compose(all -> {
              Lendable lendable = all.<java.util.Optional<Lendable>>resultAt(0).orElseThrow();
              LoanPolicy policy = all.resultAt(1);
              return refuseWhenNotRenewable(loan, lendable, policy, all.resultAt(2))
                  .compose(ok -> relay.relays(lendable) ? Future.failedFuture(new LendingRelay.HandOver(
                      new Relayed(loan, lendable, policy.periodDays(lendable.mediaType())))) : Future.succeededFuture(ok))
                  .compose(ok -> lendable.metered() ? lendables.spendCheckout(conn, tenant, lendable.resourceId())
                      : Future.succeededFuture(true))
                  .compose(spent -> spent ? loans.renew(conn, tenant, loan.id(), policy.periodDays(lendable.mediaType()))
                      : Future.failedFuture(CirculationErrors.licenseExhausted(lendable.resourceId())))
                  .compose(renewed -> CirculationEvents.loan(conn, tenant, CirculationEvents.LOAN_RENEWED, loan.id())
                      .compose(y -> sources.of(lendable).renewed(tenant, lendable, loan.id()))
                      .map(y -> renewed));
            })))
        .recover(e -> e instanceof LendingRelay.HandOver h ? relay.renew(tenant, caller, h.<Relayed>what().lendable(),
            h.<Relayed>what().loan().id(), h.<Relayed>what().loan().patronId(), h.<Relayed>what().days())
            : Future.failedFuture(e)));
  }

  static Future<Void> refuseWhenNotRenewable(LoanRow loan, Lendable lendable, LoanPolicy policy, int waiting) {
    if (loan.renewalCount() >= policy.renewalLimit()) {
      return Future.failedFuture(CirculationErrors.renewalLimitReached(policy.renewalLimit()));
    }
    if (waiting > 0) {
      return Future.failedFuture(CirculationErrors.holdsWaiting(lendable.resourceId()));
    }
    if (lendable.licenceEnded()) {
      return Future.failedFuture(CirculationErrors.licenseExhausted(lendable.resourceId()));
    }
    return Future.succeededFuture();
  }

  /** The loan, locked: 404 when unknown or another patron's, 409 when closed. */
  private Future<LoanRow> lockOpenLoan(SqlConnection conn, String tenant, Caller caller, String loanId) {
    UUID id = Ids.uuid(loanId);
    if (id == null) {
      return Future.failedFuture(CirculationErrors.loanNotFound(loanId));
    }
    return loans.lock(conn, tenant, id).compose(found -> {
      if (found.isEmpty() || !caller.mayActFor(found.get().patronId())) {
        return Future.failedFuture(CirculationErrors.loanNotFound(loanId));
      }
      return found.get().open() ? Future.succeededFuture(found.get())
          : Future.failedFuture(CirculationErrors.loanNotOpen(loanId));
    });
  }
}

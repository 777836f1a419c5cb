package org.folio.access.circulation.holds;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.CirculationErrors;
import org.folio.access.circulation.CirculationEvents;
import org.folio.access.circulation.Document;
import org.folio.access.circulation.Ids;
import org.folio.access.circulation.PatronRepository;
import org.folio.access.circulation.PatronStanding;
import org.folio.access.circulation.lendables.Lendable;
import org.folio.access.circulation.lendables.LendableRepository;
import org.folio.access.circulation.lendables.LendingRelay;
import org.folio.access.circulation.lendables.LendingSources;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.circulation.policy.LoanPolicy;
import org.folio.access.circulation.policy.LoanPolicyRepository;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Db;

/**
 * Placing, reading and cancelling holds. Placement runs under the patron's lock and the lendable's row lock,
 * so the queue order is the order of placement and a free copy is never left while someone waits.
 */
public final class HoldService {
  private final Db db;
  private final LendableRepository lendables;
  private final LoanPolicyRepository policies;
  private final PatronRepository patrons;
  private final HoldRepository holds;
  private final LoanRepository loans;
  private final CopyHandOn handOn;
  private final LendingSources sources;
  private final LendingRelay relay;

  public HoldService(Db db, LendableRepository lendables, LoanPolicyRepository policies, PatronRepository patrons,
      HoldRepository holds, LoanRepository loans, CopyHandOn handOn, LendingSources sources, LendingRelay relay) {
    this.db = db;
    this.lendables = lendables;
    this.policies = policies;
    this.patrons = patrons;
    this.holds = holds;
    this.loans = loans;
    this.handOn = handOn;
    this.sources = sources;
    this.relay = relay;
  }

  /** What a placement is decided on. */
  record Situation(Lendable lendable, LoanPolicy policy, PatronStanding standing, int waiting) {
    boolean servedAtOnce() {
      return waiting == 0 && lendable.hasFreeCopy();
    }
  }

  /** lockPatronAndLendable -> refuseWhenNotAllowed -> (lendAtOnce | reserveAtOnce | joinQueue). */
  public Future<Document> place(String tenant, Caller caller, String resourceId, String patronId) {
    return caller.patron(patronId).compose(patron -> db.inPipelinedTransaction(tx ->
        loadSituation(tx.conn(), tenant, patron, resourceId)
            .compose(HoldService::refuseWhenNotAllowed)
            .compose(s -> relay.relays(s.lendable()) ? Future.<Situation>failedFuture(new LendingRelay.HandOver(s))
                : Future.succeededFuture(s))
            .compose(s -> s.servedAtOnce() && s.standing().openLoans() < s.policy().maxOpenLoans()
                ? lendAtOnce(tx.conn(), tenant, s)
                : queue(tx.conn(), tenant, s)))
        .recover(e -> e instanceof LendingRelay.HandOver h
            ? relay.placeHold(tenant, caller, h.<Situation>what().lendable(), h.<Situation>what().standing().patronId())
            : Future.failedFuture(e))
        .recover(e -> CirculationErrors.whenDuplicate(e, "econtent_holds_active_idx", CirculationErrors.alreadyOnHold(resourceId))));
  }

  /**
   * Locks the patron, then the lendable, then reads the policy, the patron's standing and the queue: one
   * pipeline, which the server runs in this order, so the reads see the state under both locks.
   */
  private Future<Situation> loadSituation(SqlConnection conn, String tenant, UUID patron, String resourceId) {
    return Future.all(List.of(patrons.lock(conn, tenant, patron), lendables.lock(conn, tenant, resourceId),
            policies.find(conn, tenant), patrons.standing(conn, tenant, patron, resourceId),
            holds.waitingCount(conn, tenant, resourceId)))
        .compose(all -> {
          Optional<Lendable> lendable = all.resultAt(1);
          return lendable.isEmpty() ? Future.failedFuture(CirculationErrors.notLendable(resourceId))
              : Future.succeededFuture(new Situation(lendable.get(), all.resultAt(2), all.resultAt(3), all.resultAt(4)));
        });
  }

  static Future<Situation> refuseWhenNotAllowed(Situation s) {
    String resourceId = s.lendable().resourceId();
    if (s.standing().borrowsIt()) {
      return Future.failedFuture(CirculationErrors.alreadyCheckedOut(resourceId));
    }
    if (s.standing().holdsIt()) {
      return Future.failedFuture(CirculationErrors.alreadyOnHold(resourceId));
    }
    if (s.lendable().licenceEnded()) {
      return Future.failedFuture(CirculationErrors.licenseExhausted(resourceId));
    }
    boolean loanNow = s.servedAtOnce() && s.standing().openLoans() < s.policy().maxOpenLoans();
    if (!loanNow && s.standing().activeHolds() >= s.policy().maxWaitingHolds()) {
      return Future.failedFuture(CirculationErrors.holdLimitReached(s.policy().maxWaitingHolds()));
    }
    return Future.succeededFuture(s);
  }

  /** A free copy and nobody waiting: the hold is fulfilled by a loan at once (loan first: the hold refers to it). */
  private Future<Document> lendAtOnce(SqlConnection conn, String tenant, Situation s) {
    Lendable lendable = s.lendable();
    UUID patron = s.standing().patronId();
    UUID holdId = UUID.randomUUID();
    UUID loanId = UUID.randomUUID();
    Future<Boolean> copy = lendable.unlimited() ? Future.succeededFuture(true) : lendables.takeCopy(conn, tenant, lendable.resourceId());
    return copy
        .compose(taken -> taken ? Future.all(
                loans.open(conn, tenant, loanId, lendable.resourceId(), patron, s.policy().periodDays(lendable.mediaType()), holdId),
                CirculationEvents.loan(conn, tenant, CirculationEvents.LOAN_OPENED, loanId),
                holds.insert(conn, tenant, holdId, lendable.resourceId(), patron, "fulfilled", loanId, 0),
                CirculationEvents.hold(conn, tenant, CirculationEvents.HOLD_FULFILLED, holdId))
            : Future.failedFuture(CirculationErrors.noAvailableCopies(lendable.resourceId())))
        .compose(all -> sources.of(lendable).lent(tenant, lendable, loanId, patron).map(x -> all.<Document>resultAt(2)));
  }

  /**
   * The patron waits at the end of the queue; if a copy is free and nobody waits but the patron is at their
   * loan limit, the copy is reserved for them instead (as it would be when it is handed on).
   */
  private Future<Document> queue(SqlConnection conn, String tenant, Situation s) {
    String resourceId = s.lendable().resourceId();
    UUID patron = s.standing().patronId();
    UUID holdId = UUID.randomUUID();
    boolean reserve = s.servedAtOnce();
    Future<Boolean> copy = reserve ? lendables.occupyCopy(conn, tenant, resourceId) : Future.succeededFuture(true);
    return copy.compose(x -> Future.all(
            holds.insert(conn, tenant, holdId, resourceId, patron, reserve ? "ready" : "waiting", null, s.policy().reservationHours()),
            CirculationEvents.hold(conn, tenant, reserve ? CirculationEvents.HOLD_READY : CirculationEvents.HOLD_PLACED, holdId)))
        .map(all -> all.<Document>resultAt(0));
  }

  /** lockHold -> (cancelled already: done | fulfilled: refuse | cancel -> a reserved copy goes on). */
  public Future<Void> cancel(String tenant, Caller caller, String holdId) {
    UUID id = Ids.uuid(holdId);
    return caller.self().compose(x -> db.inTransaction(conn -> Future.all(
                id == null ? Future.succeededFuture(Optional.<HoldRow>empty()) : holds.lock(conn, tenant, id),
                id == null ? Future.succeededFuture(Optional.<Lendable>empty()) : lendables.ofHold(conn, tenant, id))
        .compose(both -> {
          Optional<HoldRow> found = both.resultAt(0);
          Optional<Lendable> lendable = both.resultAt(1);
          if (found.isEmpty() || !caller.mayActFor(found.get().patronId())) {
            return Future.failedFuture(CirculationErrors.holdNotFound(holdId));
          }
          HoldRow hold = found.get();
          boolean relayed = lendable.isPresent() && relay.relays(lendable.get());
          return switch (hold.status()) {
            case "cancelled" -> Future.<Void>succeededFuture();
            case "fulfilled" -> Future.<Void>failedFuture(CirculationErrors.holdNotActive(holdId));
            default -> relayed ? Future.<Void>failedFuture(new LendingRelay.HandOver(new RelayedHold(hold, lendable.get()))) : Future.all(holds.cancel(conn, tenant, id, "patron"),
                    CirculationEvents.hold(conn, tenant, CirculationEvents.HOLD_CANCELLED, id))
                .compose(y -> "ready".equals(hold.status()) ? handOn.copyFreed(conn, tenant, hold.resourceId()).<Void>mapEmpty()
                    : Future.<Void>succeededFuture());
          };
        }))
        .recover(e -> e instanceof LendingRelay.HandOver h ? relay.cancelHold(tenant, caller,
            h.<RelayedHold>what().lendable(), id, h.<RelayedHold>what().hold().patronId()) : Future.failedFuture(e)));
  }

  /** What a relayed cancellation hands over. */
  record RelayedHold(HoldRow hold, Lendable lendable) {}

  /** Cancels a lapsed reservation (claimed by the timer) and hands its copy on. */
  public Future<Void> lapse(SqlConnection conn, String tenant, HoldRow hold) {
    return Future.all(holds.cancel(conn, tenant, hold.id(), "reservation-expired"),
            CirculationEvents.hold(conn, tenant, CirculationEvents.HOLD_CANCELLED, hold.id()))
        .compose(x -> handOn.copyFreed(conn, tenant, hold.resourceId())).mapEmpty();
  }

  public Future<Document> get(String tenant, Caller caller, String holdId) {
    UUID id = Ids.uuid(holdId);
    return caller.self().compose(x -> id == null ? Future.succeededFuture(Optional.<HoldRepository.Found>empty())
            : holds.find(db.pool(), tenant, id))
        .compose(found -> found.isPresent() && caller.mayActFor(found.get().hold().patronId())
            ? Future.succeededFuture(found.get().document())
            : Future.failedFuture(CirculationErrors.holdNotFound(holdId)));
  }

  public Future<CqlCollection.Page> list(String tenant, Caller caller, String cql, long offset, long limit) {
    return caller.restriction().compose(patron -> holds.page(db.pool(), tenant, cql, offset, limit, patron));
  }
}

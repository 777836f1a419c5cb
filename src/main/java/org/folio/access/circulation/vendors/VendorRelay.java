package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.CirculationErrors;
import org.folio.access.circulation.Document;
import org.folio.access.circulation.holds.HoldRepository;
import org.folio.access.circulation.lendables.Lendable;
import org.folio.access.circulation.lendables.LendingRelay;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.connectors.common.UpstreamFailure;
import org.folio.access.connectors.oneclick.OneClickClient;
import org.folio.access.connectors.oneclick.OneClickRefusal;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.EcontentFulfillment;

/**
 * Lending of vendor lendables: resolve (account, ISBN, vendor patron) -> ask the vendor, holding no
 * connection or lock -> only on yes, write the loan or hold here in one short transaction.
 *
 * <p>When the local write fails after the vendor said yes, the vendor's loan is not undone (undoing could
 * lose the patron a loan the vendor counts): the failure is answered, and the patron's next sync, or the
 * retried checkout (the vendor then says "already checked out", which triggers that sync), adopts the
 * vendor's loan here. So a retry is safe and converges on exactly one loan.
 */
public final class VendorRelay implements LendingRelay {
  private static final Logger LOG = LogManager.getLogger(VendorRelay.class);
  private final Db db;
  private final VendorAccountService accounts;
  private final VendorLendableRepository vendorLendables;
  private final VendorPatronService patrons;
  private final VendorLedger ledger;
  private final LoanRepository loans;
  private final HoldRepository holds;
  private final OneClickClient vendor;
  private final VendorFulfilment fulfilment;
  private PatronSync sync;

  public VendorRelay(Db db, VendorAccountService accounts, VendorLendableRepository vendorLendables, VendorPatronService patrons,
      VendorLedger ledger, LoanRepository loans, HoldRepository holds, OneClickClient vendor, VendorFulfilment fulfilment) {
    this.db = db;
    this.accounts = accounts;
    this.vendorLendables = vendorLendables;
    this.patrons = patrons;
    this.ledger = ledger;
    this.loans = loans;
    this.holds = holds;
    this.vendor = vendor;
    this.fulfilment = fulfilment;
  }

  /** The sync adopts a vendor loan whose local write was lost (set once at wiring: the sync uses the ledger too). */
  void adoptWith(PatronSync patronSync) {
    this.sync = patronSync;
  }

  /** Where a relayed call goes: the account, the vendor's item id and the patron's id there. */
  record Call(VendorAccount account, VendorLendableRepository.Target target, String vendorPatronId) {}

  @Override
  public boolean relays(Lendable lendable) {
    return "vendor".equals(lendable.sourceType());
  }

  @Override
  public Future<Document> checkOut(String tenant, Caller caller, Lendable lendable, UUID patron, Integer days, UUID holdId) {
    return call(tenant, caller, lendable, patron).compose(call -> {
      int asked = call.account().loanDays(lendable.mediaType());
      if (days != null && days > asked) {
        return Future.failedFuture(ApiError.invalid("days", String.valueOf(days),
            "days may shorten the vendor's loan period of " + asked + " days, not extend it"));
      }
      int loanDays = days == null ? asked : days;
      return vendor.checkOut(call.account().oneClick(), call.vendorPatronId(), call.target().itemId(), loanDays)
          .recover(e -> adoptWhenAlreadyLent(tenant, call, patron, e))
          .compose(yes -> db.inTransaction(conn -> ledger.openLoan(conn, tenant, lendable.resourceId(), patron, loanDays, holdId))
              .recover(e -> CirculationErrors.whenDuplicate(e, "econtent_loans_open_idx",
                  CirculationErrors.alreadyCheckedOut(lendable.resourceId())))
              .onFailure(e -> {
                if (!(e instanceof ApiError)) {
                  LOG.warn("Vendor account {} lent {} but the local loan was not written ({}); the next sync adopts it",
                      call.account().id(), lendable.resourceId(), e.getMessage());
                }
              }));
    });
  }

  /**
   * "Already checked out" from the vendor while we have no loan: our write after an earlier yes was lost.
   * The patron's sync adopts the vendor's loan; the answer stays ALREADY_CHECKED_OUT.
   */
  private <T> Future<T> adoptWhenAlreadyLent(String tenant, Call call, UUID patron, Throwable failure) {
    if (failure instanceof UpstreamFailure upstream && OneClickRefusal.of(upstream) == OneClickRefusal.ALREADY_CHECKED_OUT
        && sync != null) {
      return sync.run(call.account(), patron).otherwiseEmpty()
          .compose(x -> VendorErrors.answer(failure, call.account(), call.target().resourceId()));
    }
    return VendorErrors.answer(failure, call.account(), call.target().resourceId());
  }

  @Override
  public Future<Document> renew(String tenant, Caller caller, Lendable lendable, UUID loanId, UUID patron, int days) {
    return call(tenant, caller, lendable, patron).compose(call ->
        asked(vendor.renew(call.account().oneClick(), call.vendorPatronId(), call.target().itemId()), call, null)
            .compose(yes -> onOpenLoan(tenant, loanId, conn ->
                ledger.renewLoan(conn, tenant, loanId, call.account().loanDays(lendable.mediaType())))));
  }

  /** The vendor first; a vendor that no longer lends it ("not checked out") agrees that it is back. */
  @Override
  public Future<Document> giveBack(String tenant, Caller caller, Lendable lendable, UUID loanId, UUID patron) {
    return call(tenant, caller, lendable, patron).compose(call ->
        asked(vendor.checkIn(call.account().oneClick(), call.vendorPatronId(), call.target().itemId()), call,
                OneClickRefusal.NOT_CHECKED_OUT)
            .compose(yes -> onOpenLoan(tenant, loanId, conn -> ledger.closeLoan(conn, tenant, loanId, "returned")))
            .onSuccess(closed -> fulfilment.forget(tenant, loanId)));
  }

  @Override
  public Future<Document> placeHold(String tenant, Caller caller, Lendable lendable, UUID patron) {
    return call(tenant, caller, lendable, patron).compose(call ->
        asked(vendor.placeHold(call.account().oneClick(), call.vendorPatronId(), call.target().itemId()), call, null)
            .compose(yes -> db.inTransaction(conn -> ledger.placeHold(conn, tenant, lendable.resourceId(), patron))));
  }

  /** The vendor first; a vendor that has no such hold agrees that it is gone. */
  @Override
  public Future<Void> cancelHold(String tenant, Caller caller, Lendable lendable, UUID holdId, UUID patron) {
    return call(tenant, caller, lendable, patron).compose(call ->
        asked(vendor.cancelHold(call.account().oneClick(), call.vendorPatronId(), call.target().itemId()), call,
                OneClickRefusal.NOT_ON_HOLD)
            .compose(yes -> db.inTransaction(conn -> holds.lock(conn, tenant, holdId).compose(hold ->
                hold.isPresent() && ("waiting".equals(hold.get().status()) || "ready".equals(hold.get().status()))
                    ? ledger.cancelHold(conn, tenant, holdId) : Future.<Void>succeededFuture()))));
  }

  /** The vendor's answer to a relayed call: its refusals mapped to ours, except one that agrees with the request. */
  private static <T> Future<T> asked(Future<T> vendorCall, Call call, OneClickRefusal agreeing) {
    return vendorCall.recover(e -> agreeing != null && isRefusal(e, agreeing) ? Future.succeededFuture()
        : VendorErrors.answer(e, call.account(), call.target().resourceId()));
  }

  /** The work on the loan in one short transaction, if the loan is still open here (409 LOAN_NOT_OPEN else). */
  private Future<Document> onOpenLoan(String tenant, UUID loanId,
      java.util.function.Function<io.vertx.sqlclient.SqlConnection, Future<Document>> work) {
    return db.inTransaction(conn -> loans.lock(conn, tenant, loanId).compose(loan -> loan.isPresent() && loan.get().open()
        ? work.apply(conn) : Future.failedFuture(CirculationErrors.loanNotOpen(loanId.toString()))));
  }

  @Override
  public Future<EcontentFulfillment> fulfil(String tenant, Lendable lendable, UUID loanId, UUID patron) {
    return call(tenant, null, lendable, patron).compose(call -> fulfilment.link(call, lendable, loanId));
  }

  /** Resolves the lendable's account and the patron's id there (found or created when there is none yet). */
  private Future<Call> call(String tenant, Caller caller, Lendable lendable, UUID patron) {
    return vendorLendables.target(db.pool(), tenant, lendable.resourceId())
        .compose(target -> target.isEmpty() ? Future.failedFuture(CirculationErrors.notLendable(lendable.resourceId()))
            : accounts.account(tenant, target.get().vendorId().toString())
                .recover(e -> Future.failedFuture(CirculationErrors.notLendable(lendable.resourceId() + " (its vendor account is gone)")))
                .compose(account -> patrons.vendorPatronId(account, caller == null ? null : caller.okapi(), patron)
                    .map(pid -> new Call(account, target.get(), pid))));
  }

  private static boolean isRefusal(Throwable e, OneClickRefusal refusal) {
    return e instanceof UpstreamFailure upstream && OneClickRefusal.of(upstream) == refusal;
  }
}

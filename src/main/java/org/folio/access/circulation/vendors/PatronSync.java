package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.folio.access.circulation.vendors.VendorLendableRepository.Local;
import org.folio.access.circulation.vendors.VendorLendableRepository.Target;
import org.folio.access.connectors.oneclick.OneClickClient;
import org.folio.access.connectors.oneclick.OneClickModel.Checkout;
import org.folio.access.connectors.oneclick.OneClickModel.Hold;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;

/**
 * Reconciles a patron's loans and holds on an account's lendables with the vendor's checkouts and holds:
 * askVendor (both lists; any failure or unreadable answer: nothing changes here) -> one short transaction:
 * adopt checkouts we lack (fulfilling the patron's hold: a hold the vendor turned into a checkout), mirror
 * holds we lack, and end what the vendor no longer lists, unless its list is empty (an empty answer is not
 * trusted to end anything: loans then run to their due date).
 */
public final class PatronSync {
  private final Db db;
  private final VendorPatronRepository mappings;
  private final VendorLendableRepository vendorLendables;
  private final VendorLedger ledger;
  private final OneClickClient vendor;

  /** What one run did. */
  public record Result(int loansOpened, int loansClosed, int holdsPlaced, int holdsCancelled, String skipped) {}

  public PatronSync(Db db, VendorPatronRepository mappings, VendorLendableRepository vendorLendables, VendorLedger ledger,
      OneClickClient vendor) {
    this.db = db;
    this.mappings = mappings;
    this.vendorLendables = vendorLendables;
    this.ledger = ledger;
    this.vendor = vendor;
  }

  public Future<Result> run(VendorAccount account, UUID patron) {
    String tenant = account.tenant();
    return mappings.find(db.pool(), tenant, account.id(), patron).compose(pid -> pid.isEmpty()
        ? Future.failedFuture(ApiError.notFound("The patron has no account at vendor " + account.id() + " yet"))
        : Future.all(vendor.checkouts(account.oneClick(), pid.get()), vendor.holds(account.oneClick(), pid.get()))
            .recover(e -> VendorErrors.answer(e, account, ""))
            .compose(lists -> db.inTransaction(conn -> reconcile(conn, account, patron, lists.resultAt(0), lists.resultAt(1))))
            .compose(result -> mappings.synced(db.pool(), tenant, account.id(), patron).map(result)));
  }

  private Future<Result> reconcile(SqlConnection conn, VendorAccount account, UUID patron, List<Checkout> checkouts, List<Hold> vendorHolds) {
    String tenant = account.tenant();
    Set<String> lent = new HashSet<>();
    checkouts.forEach(c -> lent.add(c.isbn()));
    Set<String> held = new HashSet<>();
    vendorHolds.forEach(h -> held.add(h.isbn()));
    List<String> items = new ArrayList<>(lent);
    items.addAll(held);
    return Future.all(vendorLendables.openLoans(conn, tenant, account.id(), patron),
            vendorLendables.activeHolds(conn, tenant, account.id(), patron),
            vendorLendables.byItems(conn, tenant, account.id(), items))
        .compose(all -> {
          List<Local> loans = all.resultAt(0);
          List<Local> holds = all.resultAt(1);
          Map<String, Target> lendables = new HashMap<>();
          all.<List<Target>>resultAt(2).forEach(t -> lendables.put(t.itemId(), t));
          Counts counts = new Counts();
          Future<Void> work = Future.succeededFuture();
          Set<String> loanedHere = new HashSet<>();
          loans.forEach(l -> loanedHere.add(l.itemId()));
          Map<String, Local> holdHere = new HashMap<>();
          holds.forEach(h -> holdHere.put(h.itemId(), h));
          for (Checkout checkout : checkouts) {
            Target target = lendables.get(checkout.isbn());
            if (target != null && loanedHere.add(checkout.isbn())) {
              Local hold = holdHere.remove(checkout.isbn());
              int days = daysLeft(checkout, account.loanDays(target.mediaType()));
              work = work.compose(x -> ledger.openLoan(conn, tenant, target.resourceId(), patron, days, hold == null ? null : hold.id()))
                  .map(x -> counts.loansOpened++).mapEmpty();
            }
          }
          for (Hold hold : vendorHolds) {
            Target target = lendables.get(hold.isbn());
            if (target != null && !holdHere.containsKey(hold.isbn()) && !loanedHere.contains(hold.isbn())) {
              holdHere.put(hold.isbn(), new Local(null, target.resourceId(), hold.isbn(), "waiting"));
              work = work.compose(x -> ledger.placeHold(conn, tenant, target.resourceId(), patron)).map(x -> counts.holdsPlaced++).mapEmpty();
            }
          }
          if (!checkouts.isEmpty()) {
            for (Local loan : loans) {
              if (!lent.contains(loan.itemId())) {
                work = work.compose(x -> ledger.closeLoan(conn, tenant, loan.id(), "returned")).map(x -> counts.loansClosed++).mapEmpty();
              }
            }
          }
          if (!vendorHolds.isEmpty()) {
            for (Local hold : holdHere.values()) {
              if (hold.id() != null && !held.contains(hold.itemId())) {
                work = work.compose(x -> ledger.cancelHold(conn, tenant, hold.id())).map(x -> counts.holdsCancelled++).mapEmpty();
              }
            }
          }
          String skipped = checkouts.isEmpty() && !loans.isEmpty() || vendorHolds.isEmpty() && !holds.isEmpty()
              ? "the vendor listed no checkouts or no holds: an empty list ends nothing here" : null;
          return work.map(x -> new Result(counts.loansOpened, counts.loansClosed, counts.holdsPlaced, counts.holdsCancelled, skipped));
        });
  }

  /** Days until the vendor's end of the loan (rounded up), or the account's period when it gives none. */
  static int daysLeft(Checkout checkout, int otherwise) {
    Instant ends = checkout.ends();
    if (ends == null) {
      return otherwise;
    }
    long hours = Duration.between(Instant.now(), ends).toHours();
    return (int) Math.max(1, Math.min(365, (hours + 23) / 24));
  }

  private static final class Counts {
    int loansOpened;
    int loansClosed;
    int holdsPlaced;
    int holdsCancelled;
  }
}

package org.folio.access.circulation.lendables;

import io.vertx.core.Future;
import java.util.UUID;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.Document;
import org.folio.access.rest.model.EcontentFulfillment;

/**
 * Lending through an outside lender (a vendor's lending API). The circulation services check their own rules
 * in their transaction as always; for a relayed lendable they then end that transaction and hand over here,
 * where the lender is asked first, outside any transaction and holding no lock, and the local loan or hold is
 * written in a short transaction of its own only when the lender said yes.
 */
public interface LendingRelay {
  /** No outside lender: every lendable is local. */
  LendingRelay NONE = lendable -> false;

  boolean relays(Lendable lendable);

  default Future<Document> checkOut(String tenant, Caller caller, Lendable lendable, UUID patron, Integer days, UUID holdId) {
    return unsupported();
  }

  default Future<Document> renew(String tenant, Caller caller, Lendable lendable, UUID loanId, UUID patron, int days) {
    return unsupported();
  }

  default Future<Document> giveBack(String tenant, Caller caller, Lendable lendable, UUID loanId, UUID patron) {
    return unsupported();
  }

  default Future<Document> placeHold(String tenant, Caller caller, Lendable lendable, UUID patron) {
    return unsupported();
  }

  default Future<Void> cancelHold(String tenant, Caller caller, Lendable lendable, UUID holdId, UUID patron) {
    return unsupported();
  }

  default Future<EcontentFulfillment> fulfil(String tenant, Lendable lendable, UUID loanId, UUID patron) {
    return unsupported();
  }

  private static <T> Future<T> unsupported() {
    return Future.failedFuture(new IllegalStateException("Not a relayed lendable"));
  }

  /**
   * Ends a service's transaction (rolled back: it wrote nothing but locks) and carries what the relay needs
   * out of it; the service recovers from it by calling the relay.
   */
  final class HandOver extends RuntimeException {
    private final transient Object what;

    public HandOver(Object what) {
      super(null, null, false, false);
      this.what = what;
    }

    @SuppressWarnings("unchecked")
    public <T> T what() {
      return (T) what;
    }
  }
}

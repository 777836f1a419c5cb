package org.folio.access.circulation.lendables;

import io.vertx.core.Future;
import java.util.UUID;

/**
 * Where a lendable is lent from, named by its `source.type`. The loan model is ours whatever the source:
 * loans, holds and copies are kept here, and a source is told of each change inside the transaction that
 * makes it, so a refusal by a vendor (a later relay that lends through the vendor's API) rolls the change
 * back. `local` lends from the library's own licence and needs nothing more.
 */
public interface LendingSource {
  String type();

  /** A loan was opened for the patron (nothing to do by default). */
  default Future<Void> lent(String tenant, Lendable lendable, UUID loanId, UUID patronId) {
    return Future.succeededFuture();
  }

  /** A loan was renewed (nothing to do by default). */
  default Future<Void> renewed(String tenant, Lendable lendable, UUID loanId) {
    return Future.succeededFuture();
  }

  /** A loan ended, returned or expired (nothing to do by default). */
  default Future<Void> ended(String tenant, String resourceId, UUID loanId) {
    return Future.succeededFuture();
  }

  /** The content's URL for an open loan, proxied as the library wants, or empty when there is none. */
  Future<java.util.Optional<String>> contentUrl(String tenant, Lendable lendable, UUID loanId);
}

package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.lendables.Lendable;
import org.folio.access.circulation.lendables.LendingSource;

/**
 * The `vendor` source as the circulation transactions see it: nothing to do inside them (the relay spoke to
 * the vendor before, outside any transaction; a loan ending at its due date also ends at the vendor, which
 * counts its own periods). Content comes through the relay's fulfilment, never through a local URL.
 */
public final class VendorLendingSource implements LendingSource {
  @Override
  public String type() {
    return "vendor";
  }

  @Override
  public Future<Optional<String>> contentUrl(String tenant, Lendable lendable, UUID loanId) {
    return Future.succeededFuture(Optional.empty());
  }
}

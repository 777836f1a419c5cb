package org.folio.access.stacks.requests;

import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.stacks.items.ItemRow;
import org.folio.access.stacks.items.ItemStatus;

/** The tenant's ILS, where requests become holds, when the tenant configured a connector. */
public interface IlsHolds {
  /** No connector anywhere: holds and statuses are local. */
  IlsHolds NONE = tenant -> Future.succeededFuture(Optional.empty());

  /** The tenant's ILS account, or empty when holds are local. */
  Future<Optional<Account>> account(String tenant);

  /** One tenant's ILS. Failures are ApiErrors (403, 404, 409, 503 with Retry-After), never the ILS's own body. */
  interface Account {
    /** Places the hold; succeeds also when the ILS says the reader already has it (a repeated request). */
    Future<Void> placeHold(UUID user, ItemRow item, LocalDate pickupDate, String pickupLocation);

    /** Every hold of the reader at the ILS, all pages. */
    Future<List<Hold>> holds(UUID user);

    /** The item's status at the ILS now (one batch read), if the ILS knows the item. */
    Future<Optional<ItemStatus>> status(ItemRow item);
  }

  /** A hold at the ILS: the item's record number, pickup date and location, and the ILS's hold status. */
  record Hold(String id, String itemRecordNumber, String pickupDate, String pickupLocationCode, String pickupLocationName,
      String statusCode, String statusName) {}
}

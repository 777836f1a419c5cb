package org.folio.access.stacks.requests;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.stacks.items.ItemRow;
import org.folio.access.stacks.items.ItemStatus;

/** The tenant's ILS, where requests become holds, when the tenant configured a connector. */
public interface IlsHolds {
  /** The tenant's ILS account, or empty when holds are local. */
  Future<Optional<Account>> account(String tenant);

  /** The same, read through the caller's connection (pipelined with the caller's other statements). */
  Future<Optional<Account>> account(SqlClient client, String tenant);

  /** One tenant's ILS. Failures are ApiErrors (403, 404, 409, 503 with Retry-After), never the ILS's own body. */
  interface Account {
    /** Places the hold; succeeds also when the ILS says the reader already has it (a repeated request). */
    Future<Void> placeHold(UUID user, ItemRow item, LocalDate pickupDate, String pickupLocation);

    /**
     * Cancels the reader's holds on the item at the ILS; none there (or no such reader there) is a success.
     * Fails with 503 + Retry-After when the ILS does not answer.
     */
    Future<Void> cancelHolds(UUID user, ItemRow item);

    /** Every hold of the reader at the ILS, all pages. */
    Future<List<Hold>> holds(UUID user);

    /** The statuses at the ILS now of items by record number, in one call; records the ILS does not know are left out. */
    Future<java.util.Map<String, ItemStatus>> statuses(List<String> recordNumbers);

    /** The item's status at the ILS now (one batch read), if the ILS knows the item. */
    Future<Optional<ItemStatus>> status(ItemRow item);
  }

  /** A hold at the ILS: the item's record number, pickup date and location, and the ILS's hold status. */
  record Hold(String id, String itemRecordNumber, String pickupDate, String pickupLocationCode, String pickupLocationName,
      String statusCode, String statusName) {}
}

package org.folio.access.stacks.requests;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.Pages;
import org.folio.access.platform.db.Db;
import org.folio.access.rest.model.StacksLabel;
import org.folio.access.rest.model.StacksRequest;
import org.folio.access.rest.model.StacksRequestItem;
import org.folio.access.stacks.items.ItemRepository;

/**
 * A reader's current requests, with nothing that identifies the reader: the local open requests, or, when the
 * tenant has an ILS, every hold the ILS has for them (all pages). A hold of an item the module does not know
 * is left out of the list, not a failure of it.
 */
final class CurrentRequests {
  private final Db db;
  private final ItemRepository items;
  private final RequestRepository requests;
  private final IlsHolds ils;

  CurrentRequests(Db db, ItemRepository items, RequestRepository requests, IlsHolds ils) {
    this.db = db;
    this.items = items;
    this.requests = requests;
    this.ils = ils;
  }

  /** What one round trip reads: the tenant's ILS (if any) and the reader's local open requests. */
  private record Read(Optional<IlsHolds.Account> account, List<String> local) {}

  /** The ILS connection and the local requests are read pipelined on one connection, released before any ILS call. */
  Future<List<StacksRequest>> of(String tenant, UUID user) {
    return db.pool().withConnection(conn -> {
      Future<Optional<IlsHolds.Account>> account = ils.account(conn, tenant);
      Future<List<String>> local = requests.openOf(conn, tenant, user);
      return Future.all(account, local).map(x -> new Read(account.result(), local.result()));
    }).compose(read -> read.account().isEmpty() ? Future.succeededFuture(Pages.items(read.local(), StacksRequest.class))
        : read.account().get().holds(user).compose(holds -> known(tenant, holds)));
  }

  private Future<List<StacksRequest>> known(String tenant, List<IlsHolds.Hold> holds) {
    List<String> numbers = holds.stream().map(IlsHolds.Hold::itemRecordNumber).distinct().toList();
    return items.idsByIlsRecords(db.pool(), tenant, numbers).map(ids -> holds.stream()
        .filter(h -> ids.containsKey(h.itemRecordNumber()))
        .map(h -> request(h, ids))
        .toList());
  }

  private static StacksRequest request(IlsHolds.Hold hold, Map<String, String> ids) {
    return new StacksRequest()
        .withItem(new StacksRequestItem().withId(ids.get(hold.itemRecordNumber())).withType("Item"))
        .withPickupDate(hold.pickupDate())
        .withPickupLocation(new StacksLabel().withId(hold.pickupLocationCode()).withLabel(hold.pickupLocationName())
            .withType("LocationDescription"))
        .withStatus(new StacksLabel().withId(hold.statusCode()).withLabel(hold.statusName()).withType("RequestStatus"))
        .withType("Request");
  }
}

package org.folio.access.stacks.items;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Optional;
import org.folio.access.circulation.Document;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.StacksItem;
import org.folio.access.stacks.StacksErrors;
import org.folio.access.stacks.StacksIds;
import org.folio.access.stacks.requests.RequestRepository;
import org.folio.access.stacks.works.WorkRepository;

/**
 * Staff upkeep of items: put (work made when new, the work's search arrays refreshed in the same transaction),
 * get, list, delete (refused while requested); and `changeStatus`, the one way an item's realtime status
 * changes.
 */
public final class ItemService {
  private final Db db;
  private final ItemRepository items;
  private final WorkRepository works;
  private final RequestRepository requests;

  public ItemService(Db db, ItemRepository items, WorkRepository works, RequestRepository requests) {
    this.db = db;
    this.items = items;
    this.works = works;
    this.requests = requests;
  }

  /** checkIds -> checkRules -> ensureWork -> upsert -> refresh both works (old and new). */
  public Future<ItemRepository.Written> put(String tenant, String itemId, StacksItem item) {
    try {
      StacksIds.require("itemId", itemId);
      StacksIds.require("workId", item.getWorkId());
      ItemRules.check(itemId, item);
    } catch (ApiError e) {
      return Future.failedFuture(e);
    }
    return db.inTransaction(conn -> items.lock(conn, tenant, itemId)
        .compose(before -> works.ensure(conn, tenant, item.getWorkId(), null)
            .compose(x -> items.upsert(conn, tenant, itemId, item))
            .compose(written -> works.refresh(conn, tenant, workIds(item.getWorkId(), before)).map(written))));
  }

  public Future<Document> get(String tenant, String itemId) {
    return items.find(db.pool(), tenant, itemId)
        .compose(found -> found.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(StacksErrors.itemNotFound(itemId))));
  }

  /** lock -> refuse while requested -> delete (cancelled requests go with it) -> refresh the work. */
  public Future<Void> delete(String tenant, String itemId) {
    return db.inTransaction(conn -> items.lock(conn, tenant, itemId).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(StacksErrors.itemNotFound(itemId));
      }
      return requests.openCountOfItem(conn, tenant, itemId).compose(open -> open > 0
          ? Future.failedFuture(StacksErrors.itemHasRequests(itemId))
          : items.delete(conn, tenant, itemId).compose(x -> works.refresh(conn, tenant, List.of(found.get().workId()))));
    }));
  }

  public Future<CqlCollection.Page> list(String tenant, String cql, long offset, long limit) {
    return items.page(db.pool(), tenant, cql, offset, limit);
  }

  /** The one way an item's realtime status changes (the ILS's status, a lending); 404 for an unknown item. */
  public Future<Document> changeStatus(SqlClient client, String tenant, String itemId, ItemStatus status) {
    return items.changeStatus(client, tenant, itemId, status)
        .compose(found -> found.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(StacksErrors.itemNotFound(itemId))));
  }

  /** Items with an ILS record number after the given id, in id order, at most `limit`. */
  public Future<List<ItemRepository.IlsRecord>> ilsRecords(String tenant, String afterId, int limit) {
    return items.ilsRecords(db.pool(), tenant, afterId, limit);
  }

  /** The ILS's statuses of many items at once (the status sync): set-based, only changed items written. */
  public Future<Integer> syncStatuses(String tenant, java.util.Map<String, ItemStatus> byRecord) {
    return byRecord.isEmpty() ? Future.succeededFuture(0) : items.syncStatuses(db.pool(), tenant, byRecord);
  }

  /** What a consortium publishes of these items (those that exist). */
  public Future<List<ItemRepository.CatalogRow>> catalog(SqlClient client, String tenant, List<String> ids) {
    return items.catalog(client, tenant, ids);
  }

  /** The next page of items by id, for rebuilding what a consortium publishes. */
  public Future<List<ItemRepository.CatalogRow>> catalogAfter(SqlClient client, String tenant, String afterId, int limit) {
    return items.catalogAfter(client, tenant, afterId, limit);
  }

  private static List<String> workIds(String now, Optional<ItemRow> before) {
    return before.isPresent() && !before.get().workId().equals(now) ? List.of(now, before.get().workId()) : List.of(now);
  }
}

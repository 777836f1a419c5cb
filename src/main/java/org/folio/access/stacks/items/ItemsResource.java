package org.folio.access.stacks.items;

import io.vertx.core.Future;
import org.folio.access.circulation.Pages;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.StacksItem;
import org.folio.access.rest.model.StacksItemCollection;

/** /stacks/items: HTTP in and out only. */
public final class ItemsResource implements org.folio.access.rest.resource.StacksItems {
  private final ItemService items;

  public ItemsResource(ItemService items) {
    this.items = items;
  }

  @Override
  public Future<Reply> getStacksItems(String query, Long offset, Long limit, OkapiContext okapi) {
    return items.list(okapi.tenant(), query, offset, limit)
        .map(page -> GetStacksItemsResponse.respond200(new StacksItemCollection()
            .withItems(Pages.items(page, StacksItem.class)).withTotalRecords(Pages.total(page))));
  }

  @Override
  public Future<Reply> putStacksItemsByItemId(String itemId, StacksItem entity, OkapiContext okapi) {
    return items.put(okapi.tenant(), itemId, entity).map(written -> written.created()
        ? PutStacksItemsByItemIdResponse.respond201(written.document().as(StacksItem.class))
        : PutStacksItemsByItemIdResponse.respond200(written.document().as(StacksItem.class)));
  }

  @Override
  public Future<Reply> getStacksItemsByItemId(String itemId, OkapiContext okapi) {
    return items.get(okapi.tenant(), itemId).map(doc -> GetStacksItemsByItemIdResponse.respond200(doc.as(StacksItem.class)));
  }

  @Override
  public Future<Reply> deleteStacksItemsByItemId(String itemId, OkapiContext okapi) {
    return items.delete(okapi.tenant(), itemId).map(x -> DeleteStacksItemsByItemIdResponse.respond204());
  }
}

package org.folio.access.stacks.requests;

import io.vertx.core.Future;
import org.folio.access.circulation.Pages;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.StacksRequest;
import org.folio.access.rest.model.StacksRequestCollection;

/** /stacks/item-requests (staff): HTTP in and out only. */
public final class ItemRequestsResource implements org.folio.access.rest.resource.StacksItemRequests {
  private final RequestService requests;

  public ItemRequestsResource(RequestService requests) {
    this.requests = requests;
  }

  @Override
  public Future<Reply> getStacksItemRequests(String query, Long offset, Long limit, OkapiContext okapi) {
    return requests.list(okapi.tenant(), query, offset, limit)
        .map(page -> GetStacksItemRequestsResponse.respond200(new StacksRequestCollection()
            .withRequests(Pages.items(page, StacksRequest.class)).withTotalRecords(Pages.total(page))));
  }
}

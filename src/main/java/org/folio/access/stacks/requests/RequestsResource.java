package org.folio.access.stacks.requests;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.StacksRequestInput;
import org.folio.access.rest.model.StacksRequestList;
import org.folio.access.stacks.Reader;

/** /stacks/requests: HTTP in and out only. */
public final class RequestsResource implements org.folio.access.rest.resource.StacksRequests {
  private final RequestService requests;

  public RequestsResource(RequestService requests) {
    this.requests = requests;
  }

  @Override
  public Future<Reply> postStacksRequests(StacksRequestInput entity, OkapiContext okapi) {
    return Reader.from(okapi).compose(reader -> requests.place(okapi.tenant(), reader, entity))
        .map(x -> PostStacksRequestsResponse.respond202());
  }

  @Override
  public Future<Reply> getStacksRequests(OkapiContext okapi) {
    return Reader.from(okapi).compose(reader -> requests.currentOf(okapi.tenant(), reader))
        .map(list -> GetStacksRequestsResponse.respond200(new StacksRequestList().withResults(list)
            .withTotalResults(list.size()).withType("ResultList")));
  }

  @Override
  public Future<Reply> deleteStacksRequestsByRequestId(String requestId, OkapiContext okapi) {
    return Reader.from(okapi).compose(reader -> requests.cancel(okapi.tenant(), reader, requestId))
        .map(x -> DeleteStacksRequestsByRequestIdResponse.respond204());
  }
}

package org.folio.access.ill.consortium.lending;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.folio.access.ill.consortium.exchange.Message;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.IllLendingMessagePost;
import org.folio.access.rest.model.IllLendingRequest;
import org.folio.access.rest.model.IllLendingRequestCollection;
import org.folio.access.rest.resource.IllBorrowingRequests;
import org.folio.access.rest.resource.IllLendingRequests;

/** /ill/lending-requests (the lender's side) and /ill/borrowing-requests (the borrower's side): HTTP in and out only. */
public final class LendingResources {
  private LendingResources() {}

  static IllLendingRequest model(JsonObject doc) {
    return Json.decode(doc.encode(), IllLendingRequest.class);
  }

  static IllLendingRequestCollection page(SideRepository.Page page) {
    return new IllLendingRequestCollection().withRequests(page.requests().stream().map(LendingResources::model).toList())
        .withTotalRecords((int) page.total());
  }

  /** The lender's side. */
  public static final class Lending implements IllLendingRequests {
    private final LendingService lending;

    public Lending(LendingService lending) {
      this.lending = lending;
    }

    @Override
    public Future<Reply> getIllLendingRequests(String state, Long offset, Long limit, OkapiContext okapi) {
      return lending.page(okapi.tenant(), Message.LENDER, state, offset, limit).map(p -> GetIllLendingRequestsResponse.respond200(page(p)));
    }

    @Override
    public Future<Reply> getIllLendingRequestsByRequestId(String requestId, OkapiContext okapi) {
      return lending.get(okapi.tenant(), Message.LENDER, requestId).map(d -> GetIllLendingRequestsByRequestIdResponse.respond200(model(d)));
    }

    @Override
    public Future<Reply> postIllLendingRequestsByRequestIdMessages(String requestId, IllLendingMessagePost entity, OkapiContext okapi) {
      return lending.act(okapi.tenant(), Message.LENDER, requestId, entity)
          .map(d -> PostIllLendingRequestsByRequestIdMessagesResponse.respond200(model(d)));
    }
  }

  /** The borrower's side. */
  public static final class Borrowing implements IllBorrowingRequests {
    private final LendingService lending;

    public Borrowing(LendingService lending) {
      this.lending = lending;
    }

    @Override
    public Future<Reply> getIllBorrowingRequests(String state, Long offset, Long limit, OkapiContext okapi) {
      return lending.page(okapi.tenant(), Message.BORROWER, state, offset, limit).map(p -> GetIllBorrowingRequestsResponse.respond200(page(p)));
    }

    @Override
    public Future<Reply> getIllBorrowingRequestsByRequestId(String requestId, OkapiContext okapi) {
      return lending.get(okapi.tenant(), Message.BORROWER, requestId)
          .map(d -> GetIllBorrowingRequestsByRequestIdResponse.respond200(model(d)));
    }

    @Override
    public Future<Reply> postIllBorrowingRequestsByRequestIdMessages(String requestId, IllLendingMessagePost entity, OkapiContext okapi) {
      return lending.act(okapi.tenant(), Message.BORROWER, requestId, entity)
          .map(d -> PostIllBorrowingRequestsByRequestIdMessagesResponse.respond200(model(d)));
    }
  }
}

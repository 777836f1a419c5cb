package org.folio.access.circulation.groups;

import io.vertx.core.Future;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.Pages;
import org.folio.access.circulation.fulfilment.FulfillmentService;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.EcontentGroupLoan;
import org.folio.access.rest.model.EcontentGroupLoanCollection;
import org.folio.access.rest.model.EcontentGroupLoanRenewal;
import org.folio.access.rest.resource.EcontentGroupLoans;

/** /econtent/group-loans and a borrower's fulfilment link: HTTP in and out only. */
public final class GroupLoansResource implements EcontentGroupLoans {
  private final GroupLoanService groupLoans;
  private final FulfillmentService fulfilment;

  public GroupLoansResource(GroupLoanService groupLoans, FulfillmentService fulfilment) {
    this.groupLoans = groupLoans;
    this.fulfilment = fulfilment;
  }

  @Override
  public Future<Reply> getEcontentGroupLoansByGroupLoanIdFulfillment(String groupLoanId, String format, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> fulfilment.groupLink(okapi.tenant(), caller, groupLoanId, format, okapi.okapiUrl()))
        .map(GetEcontentGroupLoansByGroupLoanIdFulfillmentResponse::respond200);
  }

  @Override
  public Future<Reply> postEcontentGroupLoans(EcontentGroupLoan entity, OkapiContext okapi) {
    return groupLoans.lend(okapi.tenant(), entity)
        .map(doc -> PostEcontentGroupLoansResponse.respond201(doc.as(EcontentGroupLoan.class)));
  }

  @Override
  public Future<Reply> getEcontentGroupLoans(String query, Long offset, Long limit, OkapiContext okapi) {
    return groupLoans.list(okapi.tenant(), query, offset, limit).map(page -> GetEcontentGroupLoansResponse.respond200(
        new EcontentGroupLoanCollection().withGroupLoans(Pages.items(page, EcontentGroupLoan.class))
            .withTotalRecords(Pages.total(page))));
  }

  @Override
  public Future<Reply> getEcontentGroupLoansByGroupLoanId(String groupLoanId, OkapiContext okapi) {
    return groupLoans.get(okapi.tenant(), groupLoanId)
        .map(doc -> GetEcontentGroupLoansByGroupLoanIdResponse.respond200(doc.as(EcontentGroupLoan.class)));
  }

  @Override
  public Future<Reply> putEcontentGroupLoansByGroupLoanId(String groupLoanId, EcontentGroupLoanRenewal entity, OkapiContext okapi) {
    return groupLoans.renew(okapi.tenant(), groupLoanId, entity.getExpiresAt())
        .map(doc -> PutEcontentGroupLoansByGroupLoanIdResponse.respond200(doc.as(EcontentGroupLoan.class)));
  }

  @Override
  public Future<Reply> deleteEcontentGroupLoansByGroupLoanId(String groupLoanId, OkapiContext okapi) {
    return groupLoans.end(okapi.tenant(), groupLoanId).map(x -> DeleteEcontentGroupLoansByGroupLoanIdResponse.respond204());
  }
}

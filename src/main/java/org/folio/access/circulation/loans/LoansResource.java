package org.folio.access.circulation.loans;

import io.vertx.core.Future;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.Pages;
import org.folio.access.circulation.fulfilment.FulfillmentService;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.EcontentLoan;
import org.folio.access.rest.model.EcontentLoanCollection;
import org.folio.access.rest.model.EcontentLoanRequest;
import org.folio.access.rest.resource.EcontentLoans;

/** /econtent/loans: HTTP in and out only. */
public final class LoansResource implements EcontentLoans {
  private final CheckOutService checkOut;
  private final LoanService loans;
  private final FulfillmentService fulfilment;

  public LoansResource(CheckOutService checkOut, LoanService loans, FulfillmentService fulfilment) {
    this.checkOut = checkOut;
    this.loans = loans;
    this.fulfilment = fulfilment;
  }

  @Override
  public Future<Reply> postEcontentLoans(EcontentLoanRequest entity, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> checkOut.checkOut(okapi.tenant(), caller, entity))
        .map(loan -> loan.reply(201));
  }

  @Override
  public Future<Reply> getEcontentLoans(String query, Long offset, Long limit, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> loans.list(okapi.tenant(), caller, query, offset, limit))
        .map(page -> GetEcontentLoansResponse.respond200(new EcontentLoanCollection()
            .withLoans(Pages.items(page, EcontentLoan.class)).withTotalRecords(Pages.total(page))));
  }

  @Override
  public Future<Reply> getEcontentLoansByLoanId(String loanId, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> loans.get(okapi.tenant(), caller, loanId))
        .map(loan -> GetEcontentLoansByLoanIdResponse.respond200(loan.as(EcontentLoan.class)));
  }

  @Override
  public Future<Reply> postEcontentLoansByLoanIdRenew(String loanId, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> loans.renew(okapi.tenant(), caller, loanId))
        .map(loan -> loan.reply(200));
  }

  @Override
  public Future<Reply> postEcontentLoansByLoanIdReturn(String loanId, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> loans.giveBack(okapi.tenant(), caller, loanId))
        .map(loan -> loan.reply(200));
  }

  @Override
  public Future<Reply> getEcontentLoansByLoanIdFulfillment(String loanId, String format, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> fulfilment.link(okapi.tenant(), caller, loanId, format, okapi.okapiUrl()))
        .map(GetEcontentLoansByLoanIdFulfillmentResponse::respond200);
  }
}

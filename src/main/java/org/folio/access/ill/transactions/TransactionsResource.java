package org.folio.access.ill.transactions;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.folio.access.circulation.Pages;
import org.folio.access.ill.Callers;
import org.folio.access.ill.queues.QueueService;
import org.folio.access.ill.routing.RoutingService;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.IllMoveRequest;
import org.folio.access.rest.model.IllNoteRequest;
import org.folio.access.rest.model.IllQueueHistory;
import org.folio.access.rest.model.IllQueueMove;
import org.folio.access.rest.model.IllTransaction;
import org.folio.access.rest.model.IllTransactionCollection;
import org.folio.access.rest.resource.IllTransactions;

/** /ill/transactions: HTTP in and out only. */
public final class TransactionsResource implements IllTransactions {
  private final TransactionService transactions;
  private final QueueService queues;
  private final RoutingService routing;

  public TransactionsResource(TransactionService transactions, QueueService queues, RoutingService routing) {
    this.transactions = transactions;
    this.queues = queues;
    this.routing = routing;
  }

  @Override
  public Future<Reply> postIllTransactions(IllTransaction entity, OkapiContext okapi) {
    return Callers.userId(okapi).compose(user -> transactions.create(okapi.tenant(), entity, user))
        .map(doc -> PostIllTransactionsResponse.respond201(model(doc)));
  }

  @Override
  public Future<Reply> getIllTransactions(String query, Long offset, Long limit, OkapiContext okapi) {
    return transactions.list(okapi.tenant(), query, offset, limit)
        .map(page -> GetIllTransactionsResponse.respond200(new IllTransactionCollection()
            .withTransactions(Pages.items(page, IllTransaction.class)).withTotalRecords(Pages.total(page))));
  }

  @Override
  public Future<Reply> getIllTransactionsByTransactionId(String transactionId, OkapiContext okapi) {
    return transactions.get(okapi.tenant(), transactionId).map(doc -> GetIllTransactionsByTransactionIdResponse.respond200(model(doc)));
  }

  @Override
  public Future<Reply> putIllTransactionsByTransactionId(String transactionId, IllTransaction entity, OkapiContext okapi) {
    return transactions.replace(okapi.tenant(), transactionId, entity)
        .map(doc -> PutIllTransactionsByTransactionIdResponse.respond200(model(doc)));
  }

  @Override
  public Future<Reply> postIllTransactionsByTransactionIdNotes(String transactionId, IllNoteRequest entity, OkapiContext okapi) {
    return Callers.userId(okapi).compose(user -> transactions.addNote(okapi.tenant(), transactionId, entity.getNote(), user))
        .map(doc -> PostIllTransactionsByTransactionIdNotesResponse.respond201(model(doc)));
  }

  @Override
  public Future<Reply> postIllTransactionsByTransactionIdMove(String transactionId, IllMoveRequest entity, OkapiContext okapi) {
    return Callers.userId(okapi)
        .compose(user -> queues.move(okapi.tenant(), transactionId, entity.getQueue(), entity.getNote(), user))
        .map(doc -> PostIllTransactionsByTransactionIdMoveResponse.respond200(model(doc)));
  }

  @Override
  public Future<Reply> getIllTransactionsByTransactionIdHistory(String transactionId, OkapiContext okapi) {
    return queues.history(okapi.tenant(), transactionId)
        .map(docs -> GetIllTransactionsByTransactionIdHistoryResponse.respond200(new IllQueueHistory()
            .withMoves(Pages.items(docs, IllQueueMove.class)).withTotalRecords(docs.size())));
  }

  @Override
  public Future<Reply> postIllTransactionsByTransactionIdRoute(String transactionId, OkapiContext okapi) {
    return routing.routeOne(okapi.tenant(), transactionId)
        .map(doc -> PostIllTransactionsByTransactionIdRouteResponse.respond200(model(doc)));
  }

  private static IllTransaction model(JsonObject doc) {
    return doc.mapTo(IllTransaction.class);
  }
}

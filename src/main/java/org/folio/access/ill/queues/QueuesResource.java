package org.folio.access.ill.queues;

import io.vertx.core.Future;
import org.folio.access.circulation.Pages;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.IllQueueCount;
import org.folio.access.rest.model.IllQueueCounts;
import org.folio.access.rest.model.IllTransaction;
import org.folio.access.rest.model.IllTransactionCollection;
import org.folio.access.rest.resource.IllQueues;

/** /ill/queues: HTTP in and out only. */
public final class QueuesResource implements IllQueues {
  private final QueueService queues;

  public QueuesResource(QueueService queues) {
    this.queues = queues;
  }

  @Override
  public Future<Reply> getIllQueues(OkapiContext okapi) {
    return queues.counts(okapi.tenant()).map(counts -> GetIllQueuesResponse.respond200(new IllQueueCounts()
        .withQueues(counts.stream().map(c -> new IllQueueCount().withQueue(c.queue()).withCount((int) c.count())).toList())
        .withTotalRecords(counts.size())));
  }

  @Override
  public Future<Reply> getIllQueuesByQueueTransactions(String queue, Long offset, Long limit, OkapiContext okapi) {
    return queues.page(okapi.tenant(), queue, offset, limit)
        .map(page -> GetIllQueuesByQueueTransactionsResponse.respond200(new IllTransactionCollection()
            .withTransactions(Pages.items(page, IllTransaction.class)).withTotalRecords(Pages.total(page))));
  }
}

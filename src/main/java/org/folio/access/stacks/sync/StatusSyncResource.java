package org.folio.access.stacks.sync;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.StacksStatusSync;

/** POST /stacks/_timers/ils-status-sync: the gateway's timer (and tests) queue the tenant's status sync. */
public final class StatusSyncResource implements org.folio.access.rest.resource.StacksTimersIlsStatusSync {
  private final StatusSyncQueue queue;

  public StatusSyncResource(StatusSyncQueue queue) {
    this.queue = queue;
  }

  @Override
  public Future<Reply> postStacksTimersIlsStatusSync(OkapiContext okapi) {
    return queue.enqueue(okapi.tenant()).map(job -> PostStacksTimersIlsStatusSyncResponse.respond200(
        new StacksStatusSync().withJobId(job.map(Object::toString).orElse(null)).withQueued(job.isPresent())));
  }
}

package org.folio.access.platform.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.folio.access.platform.errors.ApiError;

/** The requests being worked on, so that they can all be answered at once when the database goes away. */
final class InFlight {
  private final Map<RoutingContext, Context> requests = new ConcurrentHashMap<>();

  void add(RoutingContext ctx) {
    requests.put(ctx, Vertx.currentContext());
  }

  void remove(RoutingContext ctx) {
    requests.remove(ctx);
  }

  /** Answers every request in flight with the error, each on its own event loop. */
  void failAll(ApiError error) {
    requests.forEach((ctx, context) -> context.runOnContext(x -> {
      if (requests.remove(ctx) != null) {
        ReplyWriter.fail(ctx, error, null);
      }
    }));
  }
}

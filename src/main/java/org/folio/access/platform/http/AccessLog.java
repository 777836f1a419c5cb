package org.folio.access.platform.http;

import io.vertx.ext.web.RoutingContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** One line per request with tenant and request id; never headers that carry secrets. Logger "access". */
public final class AccessLog {
  private static final Logger LOG = LogManager.getLogger("access");

  private AccessLog() {}

  public static void handle(RoutingContext ctx) {
    if (LOG.isInfoEnabled()) {
      long start = System.nanoTime();
      ctx.addEndHandler(x -> LOG.info("{} {} {} {}ms tenant={} requestId={}", ctx.request().method(),
          ctx.request().path(), ctx.response().getStatusCode(), (System.nanoTime() - start) / 1_000_000,
          ctx.request().getHeader(OkapiHeaders.TENANT), ctx.request().getHeader(OkapiHeaders.REQUEST_ID)));
    }
    ctx.next();
  }
}

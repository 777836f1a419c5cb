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
          ctx.request().getHeader(OkapiHeaders.TENANT), requestId(ctx)));
    }
    ctx.next();
  }

  /** The gateway's request id, or the one the module made for a request that came without. */
  public static String requestId(RoutingContext ctx) {
    String header = ctx.request().getHeader(OkapiHeaders.REQUEST_ID);
    return header != null ? header : ctx.get(OkapiHeaders.REQUEST_ID);
  }
}

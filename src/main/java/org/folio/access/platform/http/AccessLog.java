package org.folio.access.platform.http;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.rest.resource.ApiCatalog;

/**
 * One line per request with tenant and request id (logger "access"); never headers that carry secrets, nor
 * query strings, and the path goes through PathRedaction: no fulfilment token and no patron id reaches it.
 */
public final class AccessLog {
  private static final Logger LOG = LogManager.getLogger("access");
  /** Routes served outside the RAML contracts (AdminRoutes), logged as they are. */
  static final List<String> PLATFORM_ROUTES = List.of("GET /admin/health", "GET /admin/metrics", "GET /_/jsonSchemas",
      "GET /_/ramls");
  private static final PathRedaction PATHS = new PathRedaction(
      Stream.concat(ApiCatalog.METHODS.stream(), PLATFORM_ROUTES.stream()).toList());

  private AccessLog() {}

  public static void handle(RoutingContext ctx) {
    if (LOG.isInfoEnabled()) {
      long start = System.nanoTime();
      ctx.addEndHandler(x -> LOG.info("{} {} {} {}ms tenant={} requestId={}", ctx.request().method(),
          PATHS.redact(ctx.request().path()), ctx.response().getStatusCode(), (System.nanoTime() - start) / 1_000_000,
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

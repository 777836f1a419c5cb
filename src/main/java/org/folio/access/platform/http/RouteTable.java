package org.folio.access.platform.http;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Mounts the generated binders on a Vert.x router: body limit, tenant headers, schema validation and
 * binding, then the implementation, whose Future becomes the response. Nothing here blocks.
 */
public final class RouteTable {
  private final Router router;
  private final BodyReader bodies;
  private final long bodyLimit;
  private final Set<String> mounted = new HashSet<>();
  private final Set<String> selfAuthenticating = new HashSet<>();

  public RouteTable(Router router, BodyReader bodies, long bodyLimit) {
    this.router = router;
    this.bodies = bodies;
    this.bodyLimit = bodyLimit;
  }

  public void mount(RouteSpec spec, Function<ApiRequest, Future<Reply>> handler) {
    if (spec.bodySchema() != null) {
      bodies.validator().schema(spec.bodySchema());
    }
    Route route = router.route(HttpMethod.valueOf(spec.verb()), spec.vertxPath());
    if (!spec.streamed()) {
      route.handler(BodyHandler.create(false).setBodyLimit(bodyLimit));
    }
    route.handler(ctx -> dispatch(ctx, spec, handler));
    mounted.add(spec.catalogEntry());
  }

  /**
   * Declares that a RAML method authenticates its requests itself (a signed link that a browser follows
   * without gateway headers): it is served without X-Okapi-Tenant, and okapi().tenant() is null unless the
   * header is there. The implementation must take the tenant from what it verifies. Call before mounting.
   */
  public void authenticatesItself(String verb, String ramlPath) {
    selfAuthenticating.add(verb + " " + ramlPath);
  }

  private void dispatch(RoutingContext ctx, RouteSpec spec, Function<ApiRequest, Future<Reply>> handler) {
    Future<Reply> result;
    String requestId = ctx.request().getHeader(OkapiHeaders.REQUEST_ID);
    try {
      OkapiContext okapi = OkapiHeaders.read(ctx.request().headers(), !selfAuthenticating.contains(spec.catalogEntry()));
      requestId = okapi.requestId();
      result = handler.apply(new ApiRequest(ctx, spec, okapi, bodies));
    } catch (RuntimeException e) {
      result = Future.failedFuture(e);
    }
    String id = requestId;
    result.onComplete(reply -> ReplyWriter.write(ctx, reply), failure -> ReplyWriter.fail(ctx, failure, id));
  }

  /** Fails start-up when a contract method has no implementation mounted. */
  public void requireAllMounted(List<String> catalog) {
    Set<String> missing = new TreeSet<>(catalog);
    missing.removeAll(mounted);
    if (!missing.isEmpty()) {
      throw new IllegalStateException("RAML methods without an implementation: " + missing);
    }
  }
}

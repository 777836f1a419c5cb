package org.folio.access.platform.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
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
import org.folio.access.platform.db.DbMonitor;
import org.folio.access.platform.db.DbOutages;
import org.folio.access.platform.tenant.TenantGate;

/**
 * Mounts the generated binders on a Vert.x router: body limit, query string, tenant headers, token, media type,
 * the database and the tenant being there, schema validation and binding, then the implementation, whose Future
 * becomes the response. Nothing here blocks.
 */
public final class RouteTable {
  private final Routers routers;
  private final BodyReader bodies;
  private final long bodyLimit;
  private final Set<String> mounted = new HashSet<>();
  private final Set<String> selfAuthenticating = new HashSet<>();
  private final TenantGate tenants;
  private final DbMonitor database;
  private final InFlight inFlight = new InFlight();

  public RouteTable(Routers routers, BodyReader bodies, long bodyLimit, TenantGate tenants, DbMonitor database) {
    this.routers = routers;
    this.bodies = bodies;
    this.bodyLimit = bodyLimit;
    this.tenants = tenants;
    this.database = database;
    database.onOutage(kind -> inFlight.failAll(DbOutages.unavailable(kind)));
  }

  public void mount(RouteSpec spec, Function<ApiRequest, Future<Reply>> handler) {
    if (spec.bodySchema() != null) {
      bodies.validator().schema(spec.bodySchema());
    }
    Handler<RoutingContext> body = spec.streamed() ? null : BodyHandler.create(false).setBodyLimit(bodyLimit);
    Handler<RoutingContext> dispatch = ctx -> dispatch(ctx, spec, handler);
    route(routers.all(), spec, body, dispatch);
    Router ofPrefix = routers.ofPrefix(spec.path());
    if (ofPrefix != null) {
      route(ofPrefix, spec, body, dispatch);
    }
    mounted.add(spec.catalogEntry());
  }

  private static void route(Router router, RouteSpec spec, Handler<RoutingContext> body, Handler<RoutingContext> dispatch) {
    Route route = router.route(HttpMethod.valueOf(spec.verb()), spec.vertxPath());
    if (body != null) {
      route.handler(body);
    }
    route.handler(dispatch);
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
    if (spec.streamed()) {
      ctx.request().pause(); // the upload waits until the checks below pass and its handler takes over
    }
    try {
      OkapiContext okapi = OkapiHeaders.read(ctx.request().headers(), !selfAuthenticating.contains(spec.catalogEntry()));
      requestId = okapi.requestId();
      ctx.put(OkapiHeaders.REQUEST_ID, requestId);
      QueryString.check(ctx.request().query());
      if (spec.bodySchema() != null) {
        ContentTypes.requireJson(ctx.request().getHeader("Content-Type"));
      }
      result = admit(spec, okapi).compose(x -> handler.apply(new ApiRequest(ctx, spec, okapi, bodies)));
    } catch (RuntimeException e) {
      result = Future.failedFuture(e);
    }
    String id = requestId;
    inFlight.add(ctx);
    result.onComplete(reply -> {
      inFlight.remove(ctx);
      ReplyWriter.write(ctx, reply);
    }, failure -> {
      inFlight.remove(ctx);
      if (DbOutages.kind(failure) != null) {
        database.report();
      }
      if (spec.streamed() && !ctx.request().isEnded()) {
        ctx.request().resume(); // refused before reading: let the rest of the upload drain
      }
      ReplyWriter.fail(ctx, failure, id);
    });
  }

  /** Refuses at once while the database is away, then a tenant the module is not enabled for. */
  private Future<Void> admit(RouteSpec spec, OkapiContext okapi) {
    String outage = database.outage();
    if (outage != null) {
      return Future.failedFuture(DbOutages.unavailable(outage));
    }
    if (okapi.tenant() == null || spec.path().startsWith("/_/tenant")) {
      return Future.succeededFuture();
    }
    return tenants.require(okapi.tenant());
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

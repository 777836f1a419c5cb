package org.folio.access.platform.http;

import io.vertx.ext.web.RoutingContext;
import org.folio.access.platform.errors.ApiError;

/** The parts of one request that generated binders hand to an implementation, parsed and checked. */
public final class ApiRequest {
  private final RoutingContext ctx;
  private final RouteSpec spec;
  private final OkapiContext okapi;
  private final BodyReader bodies;

  ApiRequest(RoutingContext ctx, RouteSpec spec, OkapiContext okapi, BodyReader bodies) {
    this.ctx = ctx;
    this.spec = spec;
    this.okapi = okapi;
    this.bodies = bodies;
  }

  public String path(String name) {
    return ctx.pathParam(name);
  }

  /** A request header the contract declares for the method, or null. */
  public String header(String name) {
    return ctx.request().getHeader(name);
  }

  public <T> T query(QueryParam<T> param) {
    return param.read(ctx.queryParams());
  }

  public <T> T body(Class<T> type) {
    return bodies.read(ctx.body().buffer(), spec.bodySchema(), type);
  }

  public Upload upload() {
    String type = ctx.request().getHeader("Content-Type");
    if (type == null) {
      throw ApiError.badRequest("MISSING_CONTENT_TYPE", "Content-Type is required for uploads", "Content-Type", null);
    }
    return new Upload(ctx.request(), type);
  }

  public OkapiContext okapi() {
    return okapi;
  }
}

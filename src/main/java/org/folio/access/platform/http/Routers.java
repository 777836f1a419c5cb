package org.folio.access.platform.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The module's routers: one with every route, and one per prefix (a RAML path's first two segments, literal in
 * every contract) with the routes under it only, in the same order. Vert.x-web tries a request against the
 * routes of its router one after the other, a regular expression each for a path with parameters, so with
 * 170 routes in one router most of the routing went to routes that cannot match. A request whose path is plain
 * (nothing the router would normalise: no empty or dot segment, no escape) goes to its prefix's router, which
 * holds every route that can match it; any other request, and a prefix no route has, to the full router, so
 * 404, 405 and the admin routes answer as before.
 */
public final class Routers implements Handler<HttpServerRequest> {
  private final Vertx vertx;
  private final Consumer<Router> common;
  private final Router all;
  private final Map<String, Router> byPrefix = new HashMap<>();

  /** common: what every router has first (access log, checks, error answers). */
  public Routers(Vertx vertx, Consumer<Router> common) {
    this.vertx = vertx;
    this.common = common;
    this.all = router();
  }

  private Router router() {
    Router router = Router.router(vertx);
    common.accept(router);
    return router;
  }

  /** The router with every route: mount on it what no prefix router needs (admin routes). */
  public Router all() {
    return all;
  }

  /** The router of a RAML path's prefix (made at its first route), or null for a path with a parameter in it. */
  Router ofPrefix(String ramlPath) {
    String prefix = prefix(ramlPath);
    return prefix == null || prefix.indexOf('{') >= 0 || prefix.indexOf(':') >= 0 ? null
        : byPrefix.computeIfAbsent(prefix, p -> router());
  }

  @Override
  public void handle(HttpServerRequest request) {
    String path = request.path();
    Router router = plain(path) ? byPrefix.get(prefix(path)) : null;
    (router == null ? all : router).handle(request);
  }

  /** "/a/b" of "/a/b" and "/a/b/...", or null when the path has no two segments. */
  static String prefix(String path) {
    if (path == null || path.length() < 4 || path.charAt(0) != '/') {
      return null;
    }
    int second = path.indexOf('/', 1);
    if (second < 2 || second == path.length() - 1) {
      return null;
    }
    int third = path.indexOf('/', second + 1);
    return third < 0 ? path : path.substring(0, third);
  }

  /** A path the router matches as it is: no escape, no empty segment, no dot segment. */
  static boolean plain(String path) {
    return path != null && path.indexOf('%') < 0 && path.indexOf('\\') < 0 && !path.contains("//") && !path.contains("/.");
  }
}

package org.folio.access.platform.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServerOptions;

/**
 * One HTTP server on the module's port. Deployed once per core, so that requests spread over several
 * event loops (Vert.x balances the connections of servers that share a port) instead of one.
 */
public final class HttpVerticle extends VerticleBase {
  private final Routers router;
  private final int port;
  private io.vertx.core.http.HttpServer server;

  public HttpVerticle(Routers router, int port) {
    this.router = router;
    this.port = port;
  }

  @Override
  public Future<?> start() {
    // No h2c: to upgrade, the server would first take in the whole body of the HTTP/1.1 request that asks for it,
    // so a large streamed upload (KBART files) would be held in memory. Gateways speak HTTP/1.1 to modules.
    HttpServerOptions options = new HttpServerOptions().setCompressionSupported(true).setTcpNoDelay(true)
        .setHttp2ClearTextEnabled(false).setMaxInitialLineLength(InvalidRequests.LINE_READ);
    int line = options.getMaxInitialLineLength();
    int headers = options.getMaxHeaderSize();
    server = vertx.createHttpServer(options);
    return server.requestHandler(router)
        .invalidRequestHandler(request -> InvalidRequests.handle(request, line, headers))
        .listen(port);
  }

  /** Stops accepting connections and lets the requests in flight finish, for up to 20 seconds. */
  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.shutdown(20, java.util.concurrent.TimeUnit.SECONDS);
  }
}

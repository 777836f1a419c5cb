package org.folio.access.platform.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;

/**
 * One HTTP server on the module's port. Deployed once per core, so that requests spread over several
 * event loops (Vert.x balances the connections of servers that share a port) instead of one.
 */
public final class HttpVerticle extends VerticleBase {
  private final Router router;
  private final int port;

  public HttpVerticle(Router router, int port) {
    this.router = router;
    this.port = port;
  }

  @Override
  public Future<?> start() {
    HttpServerOptions options = new HttpServerOptions().setCompressionSupported(true).setTcpNoDelay(true);
    return vertx.createHttpServer(options).requestHandler(router).listen(port);
  }
}

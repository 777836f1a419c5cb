package org.folio.access;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.List;
import org.folio.access.platform.Config;
import org.folio.access.platform.admin.AdminRoutes;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.db.Migrations;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.http.AccessLog;
import org.folio.access.platform.http.BodyReader;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.platform.http.RouterErrors;
import org.folio.access.platform.tenant.TenantDataLoader;
import org.folio.access.platform.tenant.TenantResource;
import org.folio.access.platform.tenant.TenantService;
import org.folio.access.platform.validation.SchemaValidator;
import org.folio.access.rest.resource.ApiCatalog;
import org.folio.access.rest.resource.TenantRoutes;

/** Wires the module once at start-up: database, contracts, domains, HTTP server. */
public final class Module {
  private final Db db;
  private final HttpServer server;

  private Module(Db db, HttpServer server) {
    this.db = db;
    this.server = server;
  }

  /** Starts the module against the database named in config (host and port must be set). */
  public static Future<Module> start(Vertx vertx, Config config) {
    Db db = Db.connect(vertx, config);
    return db.inTransaction(conn -> new Migrations("platform").apply(conn, Schemas.PLATFORM))
        .compose(x -> listen(vertx, config, router(vertx, config, db)))
        .map(server -> new Module(db, server));
  }

  static Router router(Vertx vertx, Config config, Db db) {
    Router router = Router.router(vertx);
    router.route().handler(AccessLog::handle);
    RouterErrors.install(router, config.bodyLimitBytes());
    new AdminRoutes(db).mount(router);
    RouteTable table = new RouteTable(router, new BodyReader(new SchemaValidator()), config.bodyLimitBytes());
    List<TenantDataLoader> loaders = List.of();
    TenantRoutes.mount(table, new TenantResource(new TenantService(vertx, db, new Migrations("tenant"), loaders)));
    table.requireAllMounted(ApiCatalog.METHODS);
    return router;
  }

  private static Future<HttpServer> listen(Vertx vertx, Config config, Router router) {
    HttpServerOptions options = new HttpServerOptions().setCompressionSupported(true).setTcpNoDelay(true);
    return vertx.createHttpServer(options).requestHandler(router).listen(config.httpPort());
  }

  public int port() {
    return server.actualPort();
  }

  public Future<Void> stop() {
    return server.close().compose(x -> db.close());
  }
}

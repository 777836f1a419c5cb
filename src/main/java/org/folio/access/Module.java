package org.folio.access;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.List;
import org.folio.access.eholdings.EholdingsDomain;
import org.folio.access.platform.Config;
import org.folio.access.platform.Domain;
import org.folio.access.platform.Platform;
import org.folio.access.platform.admin.AdminRoutes;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.db.Migrations;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.http.AccessLog;
import org.folio.access.platform.http.BodyReader;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.platform.http.RouterErrors;
import org.folio.access.platform.jobs.JobWorker;
import org.folio.access.platform.jobs.PeriodicTasks;
import org.folio.access.platform.tenant.TenantRegistry;
import org.folio.access.platform.tenant.TenantResource;
import org.folio.access.platform.tenant.TenantService;
import org.folio.access.platform.validation.SchemaValidator;
import org.folio.access.rest.resource.ApiCatalog;
import org.folio.access.rest.resource.TenantRoutes;

/** Wires the module once at start-up: database, contracts, domains, background work, HTTP server. */
public final class Module {
  private final Db db;
  private final HttpServer server;
  private final JobWorker worker;
  private final PeriodicTasks timers;

  private Module(Db db, HttpServer server, JobWorker worker, PeriodicTasks timers) {
    this.db = db;
    this.server = server;
    this.worker = worker;
    this.timers = timers;
  }

  /** The module's areas; each brings its routes, tenant data, jobs and timers. */
  static List<Domain> domains(Platform platform) {
    return List.of(
        new EholdingsDomain(platform));
  }

  /** Starts the module against the database named in config (host and port must be set). */
  public static Future<Module> start(Vertx vertx, Config config) {
    Db db = Db.connect(vertx, config);
    Platform platform = new Platform(vertx, db, config);
    List<Domain> domains = domains(platform);
    JobWorker worker = new JobWorker(vertx, db.pool(), domains.stream().flatMap(d -> d.jobHandlers().stream()).toList(), 500);
    PeriodicTasks timers = new PeriodicTasks(vertx, new TenantRegistry(db.pool()),
        domains.stream().flatMap(d -> d.periodicTasks().stream()).toList());
    return db.inTransaction(conn -> new Migrations("platform").apply(conn, Schemas.PLATFORM))
        .compose(x -> listen(vertx, config, router(platform, domains)))
        .map(server -> {
          worker.start();
          if (config.timersEnabled()) {
            timers.start();
          }
          return new Module(db, server, worker, timers);
        });
  }

  static Router router(Platform platform, List<Domain> domains) {
    Router router = Router.router(platform.vertx());
    router.route().handler(AccessLog::handle);
    RouterErrors.install(router, platform.config().bodyLimitBytes());
    new AdminRoutes(platform.db()).mount(router);
    RouteTable table = new RouteTable(router, new BodyReader(new SchemaValidator()), platform.config().bodyLimitBytes());
    TenantService tenants = new TenantService(platform.vertx(), platform.db(), new Migrations("tenant"),
        domains.stream().flatMap(d -> d.tenantLoaders().stream()).toList());
    TenantRoutes.mount(table, new TenantResource(tenants));
    domains.forEach(d -> d.mount(table));
    table.requireAllMounted(ApiCatalog.METHODS);
    return router;
  }

  private static Future<HttpServer> listen(Vertx vertx, Config config, Router router) {
    // No h2c: to upgrade, the server would first take in the whole body of the HTTP/1.1 request that asks for it,
    // so a large streamed upload (KBART files) would be held in memory. Gateways speak HTTP/1.1 to modules.
    HttpServerOptions options = new HttpServerOptions().setCompressionSupported(true).setTcpNoDelay(true)
        .setHttp2ClearTextEnabled(false);
    return vertx.createHttpServer(options).requestHandler(router).listen(config.httpPort());
  }

  public int port() {
    return server.actualPort();
  }

  public Future<Void> stop() {
    worker.stop();
    timers.stop();
    return server.close().compose(x -> db.close());
  }
}

package org.folio.access;

import io.netty.channel.unix.Errors;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.DeploymentOptions;
import java.util.List;
import org.folio.access.circulation.CirculationDomain;
import org.folio.access.circulation.vendors.VendorsDomain;
import org.folio.access.eholdings.EholdingsDomain;
import org.folio.access.ill.IllDomain;
import org.folio.access.platform.Config;
import org.folio.access.platform.Domain;
import org.folio.access.platform.Platform;
import org.folio.access.platform.admin.AdminRoutes;
import org.folio.access.platform.StartFailure;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.db.DbStartup;
import org.folio.access.platform.db.DbTimeouts;
import org.folio.access.platform.db.Migrations;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.http.AccessLog;
import org.folio.access.platform.http.BodyReader;
import org.folio.access.platform.http.FreePort;
import org.folio.access.platform.http.HttpVerticle;
import org.folio.access.platform.http.InvalidRequests;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.platform.http.RouterErrors;
import org.folio.access.platform.http.Routers;
import org.folio.access.platform.jobs.JobWorker;
import org.folio.access.platform.jobs.PeriodicTasks;
import org.folio.access.platform.tenant.TenantGate;
import org.folio.access.platform.tenant.TenantRegistry;
import org.folio.access.platform.tenant.TenantResource;
import org.folio.access.platform.tenant.TenantService;
import org.folio.access.platform.validation.SchemaValidator;
import org.folio.access.stacks.StacksDomain;
import org.folio.access.rest.resource.ApiCatalog;
import org.folio.access.rest.resource.TenantRoutes;

/** Wires the module once at start-up: database, contracts, domains, background work, HTTP server. */
public final class Module {
  private static final int LINUX_EADDRINUSE = 98;
  private final Db db;
  private final int port;
  private final String httpDeployment;
  private final Vertx vertx;
  private final JobWorker worker;
  private final PeriodicTasks timers;

  private Module(Vertx vertx, Db db, int port, String httpDeployment, JobWorker worker, PeriodicTasks timers) {
    this.vertx = vertx;
    this.db = db;
    this.port = port;
    this.httpDeployment = httpDeployment;
    this.worker = worker;
    this.timers = timers;
  }

  /** The module's areas; each brings its routes, tenant data, jobs and timers. */
  static List<Domain> domains(Platform platform) {
    VendorsDomain vendors = new VendorsDomain(platform);
    StacksDomain stacks = new StacksDomain(platform);
    return List.of(
        new EholdingsDomain(platform),
        new CirculationDomain(platform, vendors.relay(), vendors.lendingSources()),
        vendors,
        stacks,
        new IllDomain(platform, stacks.items()));
  }

  /**
   * Starts the module against the database named in config (host and port must be set). Everything that takes
   * time without I/O (contracts, schemas, router) is built here on the calling thread, never on an event loop;
   * then the database is awaited with retries, the platform migrations run and the port is bound. Each failure
   * is a StartFailure saying why in one line.
   */
  public static Future<Module> start(Vertx vertx, Config config) {
    DbTimeouts timeouts = DbTimeouts.from(System.getenv());
    Db db = Db.connect(vertx, config, timeouts);
    Platform platform = new Platform(vertx, db, config);
    List<Domain> domains = domains(platform);
    JobWorker worker = new JobWorker(vertx, db.pool(), domains.stream().flatMap(d -> d.jobHandlers().stream()).toList(), 500,
        config.jobConcurrency());
    PeriodicTasks timers = new PeriodicTasks(vertx, new TenantRegistry(db.pool()),
        domains.stream().flatMap(d -> d.periodicTasks().stream()).toList());
    Routers router = router(platform, domains);
    String where = config.dbHost() + ":" + config.dbPort();
    return DbStartup.awaitDatabase(vertx, db, where, timeouts.startSeconds())
        .compose(x -> db.inTransaction(conn -> new Migrations("platform").apply(conn, Schemas.PLATFORM))
            .recover(e -> Future.failedFuture(e instanceof StartFailure ? e
                : new StartFailure(StartFailure.MIGRATION_FAILED, "the platform migrations failed: " + e.getMessage(), e))))
        .compose(x -> listen(vertx, config, router))
        .map(deployment -> {
          db.monitor().start();
          worker.start();
          if (config.timersEnabled()) {
            timers.start();
          }
          return new Module(vertx, db, deployment.port(), deployment.id(), worker, timers);
        })
        .recover(e -> db.close().transform(x -> Future.failedFuture(e)));
  }

  static Routers router(Platform platform, List<Domain> domains) {
    Routers routers = new Routers(platform.vertx(), router -> {
      router.route().handler(AccessLog::handle);
      router.route().handler(InvalidRequests::refuseLongUri);
      RouterErrors.install(router, platform.config().bodyLimitBytes());
    });
    new AdminRoutes(platform.db()).mount(routers.all());
    RouteTable table = new RouteTable(routers, new BodyReader(new SchemaValidator()), platform.config().bodyLimitBytes(),
        new TenantGate(platform.db().pool()), platform.db().monitor());
    TenantService tenants = new TenantService(platform.vertx(), platform.db(), new Migrations("tenant"),
        domains.stream().flatMap(d -> d.tenantLoaders().stream()).toList());
    TenantRoutes.mount(table, new TenantResource(tenants));
    domains.forEach(d -> d.mount(table));
    table.requireAllMounted(ApiCatalog.METHODS);
    return routers;
  }

  private record HttpDeployment(String id, int port) {}

  /** One HTTP verticle per core on one port; port 0 means a free port, chosen first so all share it. */
  private static Future<HttpDeployment> listen(Vertx vertx, Config config, Routers router) {
    int port = config.httpPort() == 0 ? FreePort.find() : config.httpPort();
    return vertx.deployVerticle(() -> new HttpVerticle(router, port),
            new DeploymentOptions().setInstances(config.httpInstances()))
        .map(id -> new HttpDeployment(id, port))
        .recover(e -> Future.failedFuture(new StartFailure(bindFailure(e) ? StartFailure.PORT_IN_USE : StartFailure.OTHER,
            (bindFailure(e) ? "port " + port + " is in use: " : "the HTTP server on port " + port + " did not start: ")
                + e.getMessage(), e)));
  }

  /**
   * A port in use: Java's NIO says BindException; Netty's epoll transport (Linux only) a NativeIoException carrying
   * the negated errno, EADDRINUSE being 98 on Linux.
   */
  private static boolean bindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.net.BindException
          || t instanceof Errors.NativeIoException n && n.expectedErr() == -LINUX_EADDRINUSE) {
        return true;
      }
    }
    return false;
  }

  public int port() {
    return port;
  }

  /** Stops taking work, lets requests in flight finish (HttpVerticle drains them), gives job leases back, closes the pool. */
  public Future<Void> stop() {
    timers.stop();
    return worker.stop().compose(x -> vertx.undeploy(httpDeployment)).compose(x -> db.close());
  }
}

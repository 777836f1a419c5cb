package org.folio.access.platform.admin;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.util.concurrent.TimeUnit;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.db.DbOutages;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.http.OkapiHeaders;
import org.folio.access.platform.http.ReplyWriter;
import org.folio.access.platform.json.Json;

/** Health, metrics and the contracts as a gateway reads them; no tenant needed. */
public final class AdminRoutes {
  private static final long HEALTH_DEADLINE_MS = 2000;
  private final Db db;

  public AdminRoutes(Db db) {
    this.db = db;
  }

  public void mount(Router router) {
    router.get("/admin/health").handler(this::health);
    router.get("/admin/metrics").handler(PrometheusScrapingHandler.create());
    router.get("/_/jsonSchemas").handler(ctx -> contract(ctx, "schemas/", ".json"));
    router.get("/_/ramls").handler(ctx -> contract(ctx, "", ".raml"));
  }

  /** UP when the database answers a `SELECT 1` within two seconds; 503 DATABASE_UNAVAILABLE at once during an outage. */
  private void health(RoutingContext ctx) {
    String outage = db.monitor().outage();
    if (outage != null) {
      ReplyWriter.fail(ctx, DbOutages.unavailable(outage), null);
      return;
    }
    db.pool().query("SELECT 1").execute().timeout(HEALTH_DEADLINE_MS, TimeUnit.MILLISECONDS)
        .onSuccess(x -> ctx.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}"))
        .onFailure(e -> ReplyWriter.fail(ctx, DbOutages.unavailable(DbOutages.kind(e) == null ? "no answer" : DbOutages.kind(e)), null));
  }

  /**
   * Without ?path the list of files; with ?path=name one file from ramls/ (a RAML file, schema or example), its
   * references rewritten to resolve through the gateway named in X-Okapi-Url.
   */
  private void contract(RoutingContext ctx, String folder, String suffix) {
    String path = ctx.queryParams().get("path");
    if (path == null) {
      ctx.response().putHeader("Content-Type", "application/json").end(Json.encode(ContractFiles.list(folder, suffix)));
      return;
    }
    String file = ContractFiles.resolve(path);
    if (file == null) {
      ReplyWriter.fail(ctx, ApiError.notFound("No contract file " + path), null);
      return;
    }
    String okapiUrl = ctx.request().getHeader(OkapiHeaders.URL);
    ctx.vertx().fileSystem().readFile("ramls/" + file)
        .onSuccess(content -> ctx.response()
            .putHeader("Content-Type", file.endsWith(".json") ? "application/json" : "application/raml+yaml")
            .end(ContractFiles.rewrite(file, content.toString(), okapiUrl)))
        .onFailure(e -> ReplyWriter.fail(ctx, e, null));
  }
}

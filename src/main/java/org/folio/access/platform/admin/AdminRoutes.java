package org.folio.access.platform.admin;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.db.DbOutages;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.http.ReplyWriter;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.resource.ApiCatalog;

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

  /** Without ?path the list of files; with ?path=name one file from ramls/, as stored in the module. */
  private void contract(RoutingContext ctx, String folder, String suffix) {
    List<String> files = ApiCatalog.FILES.stream().filter(f -> f.startsWith(folder) && f.endsWith(suffix))
        .filter(f -> !folder.isEmpty() || !f.contains("/")).toList();
    String path = ctx.queryParams().get("path");
    if (path == null) {
      ctx.response().putHeader("Content-Type", "application/json").end(Json.encode(files));
      return;
    }
    String file = path.startsWith(folder) ? path : folder + path;
    if (!ApiCatalog.FILES.contains(file)) {
      ReplyWriter.fail(ctx, ApiError.notFound("No contract file " + path), null);
      return;
    }
    ctx.vertx().fileSystem().readFile("ramls/" + file)
        .compose(Future::succeededFuture)
        .onSuccess(content -> ctx.response()
            .putHeader("Content-Type", suffix.equals(".json") ? "application/json" : "application/raml+yaml")
            .end(content))
        .onFailure(e -> ReplyWriter.fail(ctx, e, null));
  }
}

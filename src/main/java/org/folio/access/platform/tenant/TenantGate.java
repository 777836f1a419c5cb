package org.folio.access.platform.tenant;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.folio.access.platform.ModuleId;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.errors.ApiError;

/**
 * Lets a request through only for a tenant the module is enabled for, before anything else is judged (a missing
 * user included), and otherwise names the tenant and how to enable it. A tenant found enabled is remembered for a
 * few seconds; an unknown one is asked about every time, so that a newly enabled tenant is served at once. (A
 * tenant disabled meanwhile is still refused by the database: its schema is gone.)
 */
public final class TenantGate {
  private static final long REMEMBER_NANOS = 10_000_000_000L;
  private final SqlClient client;
  private final Map<String, Long> enabledUntil = new ConcurrentHashMap<>();

  public TenantGate(SqlClient client) {
    this.client = client;
  }

  public Future<Void> require(String tenant) {
    Long until = enabledUntil.get(tenant);
    if (until != null && until - System.nanoTime() > 0) {
      return Future.succeededFuture();
    }
    return client.preparedQuery("SELECT enabled FROM " + Schemas.PLATFORM + ".tenant WHERE id = $1")
        .execute(Tuple.of(tenant)).compose(rows -> {
          if (rows.size() == 1 && Boolean.TRUE.equals(rows.iterator().next().getBoolean(0))) {
            enabledUntil.put(tenant, System.nanoTime() + REMEMBER_NANOS);
            return Future.succeededFuture();
          }
          enabledUntil.remove(tenant);
          return Future.failedFuture(notEnabled(tenant));
        });
  }

  public static ApiError notEnabled(String tenant) {
    return new ApiError(400, "TENANT_NOT_ENABLED", "The module is not enabled for tenant '" + tenant + "': enable it"
        + " through the gateway (install " + ModuleId.get() + " for the tenant), or directly with POST /_/tenant"
        + " and the body {\"module_to\":\"" + ModuleId.get() + "\"}",
        List.of(new ApiError.ErrorParameter("X-Okapi-Tenant", tenant)));
  }
}

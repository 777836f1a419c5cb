package org.folio.access.ill.settings;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.HashSet;
import java.util.Set;
import org.folio.access.platform.db.Schemas;

/**
 * ill_routing_tenant (platform schema): the tenants whose settings name a broker to route by, so that the routing
 * timer reads one table instead of every tenant's settings. Kept in the transaction that saves the settings.
 */
public final class RoutingTenantRepository {
  private static final String TABLE = Schemas.PLATFORM + ".ill_routing_tenant";

  /** Lists the tenant (routes) or takes it out (does not). */
  Future<Void> set(SqlClient conn, String tenant, boolean routes) {
    return conn.preparedQuery(routes ? "INSERT INTO " + TABLE + " (tenant) VALUES ($1) ON CONFLICT DO NOTHING"
            : "DELETE FROM " + TABLE + " WHERE tenant = $1")
        .execute(Tuple.of(tenant)).mapEmpty();
  }

  /** The tenants listed. */
  public Future<Set<String>> listed(SqlClient client) {
    return client.preparedQuery("SELECT tenant FROM " + TABLE).execute().map(rows -> {
      Set<String> tenants = new HashSet<>();
      rows.forEach(row -> tenants.add(row.getString("tenant")));
      return tenants;
    });
  }
}

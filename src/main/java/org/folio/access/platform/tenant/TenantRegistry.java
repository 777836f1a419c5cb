package org.folio.access.platform.tenant;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.folio.access.platform.db.Schemas;

/** The tenants the module is enabled for, kept by the tenant lifecycle, read by timers and jobs. */
public final class TenantRegistry {
  private static final String TABLE = Schemas.PLATFORM + ".tenant";
  private final SqlClient client;

  public TenantRegistry(SqlClient client) {
    this.client = client;
  }

  public static Future<Void> enabled(SqlClient conn, String tenant, String moduleVersion) {
    return conn.preparedQuery("INSERT INTO " + TABLE + " (id, module_version, enabled) VALUES ($1, $2, true)"
            + " ON CONFLICT (id) DO UPDATE SET module_version = $2, enabled = true, updated_at = now()")
        .execute(Tuple.of(tenant, moduleVersion)).mapEmpty();
  }

  public static Future<Void> disabled(SqlClient conn, String tenant) {
    return conn.preparedQuery("UPDATE " + TABLE + " SET enabled = false, updated_at = now() WHERE id = $1")
        .execute(Tuple.of(tenant)).mapEmpty();
  }

  public static Future<Void> removed(SqlClient conn, String tenant) {
    return conn.preparedQuery("DELETE FROM " + TABLE + " WHERE id = $1").execute(Tuple.of(tenant)).mapEmpty();
  }

  public Future<List<String>> enabledTenants() {
    return client.query("SELECT id FROM " + TABLE + " WHERE enabled ORDER BY id").execute().map(rows -> {
      List<String> ids = new ArrayList<>();
      rows.forEach(row -> ids.add(row.getString("id")));
      return ids;
    });
  }
}

package org.folio.access.ill.settings;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.IllSettings;

/** ill_settings: at most one row per tenant; none means the defaults. */
public final class SettingsRepository {

  public Future<TenantSettings> find(SqlClient client, String tenant) {
    return client.preparedQuery("SELECT settings::text AS settings, api_key FROM " + table(tenant)).execute()
        .map(rows -> {
          if (rows.size() == 0) {
            return new TenantSettings(SettingsDefaults.apply(new IllSettings()), null);
          }
          var row = rows.iterator().next();
          return new TenantSettings(SettingsDefaults.apply(Json.decode(row.getString("settings"), IllSettings.class)),
              row.getString("api_key"));
        });
  }

  /** Stores the settings (their apiKey property is not stored) and the key (null: none). */
  public Future<Void> save(SqlClient client, String tenant, IllSettings values, String apiKey, UUID by) {
    IllSettings stored = SettingsDefaults.apply(values);
    return client.preparedQuery("INSERT INTO " + table(tenant) + " (id, settings, api_key, updated_by) VALUES (1, $1"
            + Jsonb.CAST + ", $2, $3) ON CONFLICT (id) DO UPDATE SET settings = EXCLUDED.settings,"
            + " api_key = EXCLUDED.api_key, updated_by = EXCLUDED.updated_by, updated_at = now()")
        .execute(Tuple.of(Json.encode(stored), apiKey, by)).mapEmpty();
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "ill_settings");
  }
}

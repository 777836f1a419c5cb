package org.folio.access.ill.settings;

import io.vertx.core.Future;
import java.util.UUID;
import org.folio.access.ill.IllEvents;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.IllSettings;

/** Reading and replacing a tenant's routing settings; the API key is write-only. */
public final class SettingsService {
  private final Db db;
  private final SettingsRepository settings;
  private final RoutingTenantRepository routingTenants;

  public SettingsService(Db db, SettingsRepository settings, RoutingTenantRepository routingTenants) {
    this.db = db;
    this.settings = settings;
    this.routingTenants = routingTenants;
  }

  public Future<TenantSettings> current(String tenant) {
    return settings.find(db.pool(), tenant);
  }

  /** validate -> keepOrReplaceKey -> save -> listForTheRoutingTimer -> recordEvent, in one transaction. */
  public Future<TenantSettings> replace(String tenant, IllSettings given, UUID by) {
    IllSettings values = SettingsDefaults.apply(given);
    ApiError problem = SettingsRules.problem(values);
    if (problem != null) {
      return Future.failedFuture(problem);
    }
    return db.inTransaction(conn -> settings.find(conn, tenant)
        .compose(old -> {
          String key = newKey(given.getApiKey(), old.apiKey());
          TenantSettings saved = new TenantSettings(values, key);
          return settings.save(conn, tenant, values, key, by)
              .compose(x -> routingTenants.set(conn, tenant, saved.routes()))
              .compose(x -> IllEvents.settingsChanged(conn, tenant))
              .map(x -> saved);
        }));
  }

  /** Absent or the mask: keep the stored key; empty: remove it; otherwise the new key. */
  private static String newKey(String given, String stored) {
    if (given == null || TenantSettings.MASK.equals(given)) {
      return stored;
    }
    return given.isEmpty() ? null : given;
  }
}

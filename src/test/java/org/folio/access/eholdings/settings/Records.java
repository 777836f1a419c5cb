package org.folio.access.eholdings.settings;

import java.util.UUID;
import org.folio.access.support.TestModule;

/**
 * Content records written straight into the tables, following the storage contract of V002 (the content
 * API is built beside this one): a custom package and a resource of the tenant's own provider.
 */
final class Records {
  private Records() {}

  /** A custom package carrying the access type; returns its id. */
  static long customPackageWith(TestModule module, String tenant, String accessTypeId) {
    String schema = tenant + "_mod_access_services";
    long provider = module.sql("SELECT id FROM " + schema + ".providers WHERE is_own").iterator().next().getLong("id");
    return module.sql("INSERT INTO " + schema + ".packages (provider_id, name, content_type, is_custom, is_selected,"
            + " access_type_id, jsonb) VALUES ($1, $2, 'E-Book', true, true, $3, '{\"packageType\":\"Custom\"}'::jsonb)"
            + " RETURNING id", provider, "Custom package " + UUID.randomUUID(),
        accessTypeId == null ? null : UUID.fromString(accessTypeId)).iterator().next().getLong("id");
  }

  /** A custom title in a new custom package, the resource carrying the access type. */
  static void resourceWith(TestModule module, String tenant, String accessTypeId) {
    String schema = tenant + "_mod_access_services";
    long packageId = customPackageWith(module, tenant, null);
    long provider = module.sql("SELECT provider_id FROM " + schema + ".packages WHERE id = $1", packageId)
        .iterator().next().getLong("provider_id");
    long title = module.sql("INSERT INTO " + schema + ".titles (name, publication_type, is_custom, jsonb)"
        + " VALUES ('Journal of Ecology', 'Journal', true, '{\"name\":\"Journal of Ecology\",\"publicationType\":\"Journal\"}'::jsonb)"
        + " RETURNING id").iterator().next().getLong("id");
    module.sql("INSERT INTO " + schema + ".resources (package_id, title_id, provider_id, is_selected, access_type_id, jsonb)"
        + " VALUES ($1, $2, $3, true, $4, '{}'::jsonb)", packageId, title, provider, UUID.fromString(accessTypeId));
  }
}

package org.folio.access.circulation.lendables;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import org.folio.access.eholdings.EholdingsTenantData;
import org.folio.access.platform.db.Schemas;

/**
 * Reads the tenant's eholdings knowledge base, read only, following the storage contract of
 * V002__eholdings.sql: whether a resource exists, and where its content is with the effective proxy.
 */
public final class EholdingsResources {

  /** The resource's access URL (resources.jsonb url, may be null) and the URL mask of its effective proxy (blank: none). */
  public record AccessPoint(String url, String proxyUrlMask) {}

  public Future<Boolean> exists(SqlClient client, String tenant, ResourceId id) {
    return client.preparedQuery("SELECT 1 FROM " + Schemas.table(tenant, "resources")
            + " WHERE package_id = $1 AND title_id = $2 AND provider_id = $3")
        .execute(Tuple.of(id.packageId(), id.titleId(), id.providerId()))
        .map(rows -> rows.size() == 1);
  }

  /**
   * Effective proxy: the resource's, else its package's, else its provider's, else the root proxy of the
   * knowledge base (the tenant's default credentials first); "<n>" means none.
   */
  public Future<Optional<AccessPoint>> accessPoint(SqlClient client, String tenant, ResourceId id) {
    return client.preparedQuery("SELECT r.jsonb->>'url' AS url, pt.url_mask FROM " + Schemas.table(tenant, "resources") + " r"
            + " JOIN " + Schemas.table(tenant, "packages") + " p ON p.id = r.package_id"
            + " JOIN " + Schemas.table(tenant, "providers") + " v ON v.id = r.provider_id"
            + " LEFT JOIN " + Schemas.table(tenant, "proxy_types") + " pt ON pt.id = COALESCE(r.proxy_id, p.proxy_id, v.proxy_id,"
            + "   (SELECT c.jsonb->>'rootProxyId' FROM " + Schemas.table(tenant, "kb_credentials") + " c"
            + "    ORDER BY c.id = $4 DESC, c.created_at LIMIT 1), '<n>')"
            + " WHERE r.package_id = $1 AND r.title_id = $2 AND r.provider_id = $3")
        .execute(Tuple.of(id.packageId(), id.titleId(), id.providerId(), EholdingsTenantData.DEFAULT_CREDENTIALS_ID))
        .map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          Row row = rows.iterator().next();
          return Optional.of(new AccessPoint(row.getString("url"), row.getString("url_mask")));
        });
  }
}

package org.folio.access.eholdings.common.proxy;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import org.folio.access.eholdings.EholdingsTenantData;
import org.folio.access.platform.db.Schemas;

/** Reads the proxy types and the root proxy (of the tenant's first knowledge base) from their tables. */
public final class ProxyRepository {
  /** The root proxy: rootProxyId of the default knowledge base (else the oldest one), "<n>" when unset. */
  public Future<String> rootProxy(SqlClient client, String tenant) {
    return client.preparedQuery("SELECT " + rootProxySql(tenant, "$1") + " AS root")
        .execute(Tuple.of(EholdingsTenantData.DEFAULT_CREDENTIALS_ID))
        .map(rows -> rootProxy(rows.iterator().next().getString("root")));
  }

  /** A subquery of the stored root proxy id (null when unset); defaultIdSql binds the default knowledge base's id. */
  public static String rootProxySql(String tenant, String defaultIdSql) {
    return "(SELECT jsonb->>'rootProxyId' FROM " + Schemas.table(tenant, "kb_credentials")
        + " ORDER BY (id = " + defaultIdSql + ") DESC, created_at LIMIT 1)";
  }

  /** The root proxy shown for a stored value: "<n>" when unset. */
  public static String rootProxy(String stored) {
    return stored == null || stored.isEmpty() ? Proxies.NONE : stored;
  }

  /** The stored spelling of a proxy type id, compared without case; empty when there is none. */
  public Future<Optional<String>> canonicalId(SqlClient client, String tenant, String id) {
    return client.preparedQuery("SELECT id FROM " + Schemas.table(tenant, "proxy_types")
            + " WHERE lower(id) = lower($1) ORDER BY id = $1 DESC LIMIT 1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("id")));
  }
}

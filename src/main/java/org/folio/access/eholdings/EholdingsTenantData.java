package org.folio.access.eholdings;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.tenant.TenantDataLoader;

/**
 * What every tenant's knowledge base has from the start: the proxy types, one knowledge base
 * (kb-credentials, valid at once, root proxy none, five empty custom labels) and the tenant's own
 * provider, which owns its custom packages. Idempotent: enabling again changes nothing.
 */
public final class EholdingsTenantData implements TenantDataLoader {
  /** The id of the knowledge base every tenant gets, the same in every tenant. */
  public static final UUID DEFAULT_CREDENTIALS_ID = UUID.fromString("80898dee-449f-44dd-9c8e-37d5eb469b1d");

  @Override
  public String name() {
    return "eholdings";
  }

  @Override
  public Future<Void> initialise(SqlConnection conn, String tenant) {
    return proxyTypes(conn, tenant).compose(x -> credentials(conn, tenant)).compose(x -> ownProvider(conn, tenant));
  }

  private static Future<Void> proxyTypes(SqlConnection conn, String tenant) {
    return conn.query("INSERT INTO " + Schemas.table(tenant, "proxy_types") + " (id, name, url_mask) VALUES"
        + " ('<n>', 'None', ''),"
        + " ('EZProxy', 'EZProxy', 'https://ezproxy.example.org/login?url={url}'),"
        + " ('OpenAthens', 'OpenAthens', 'https://go.openathens.net/redirector/example.org?url={url}')"
        + " ON CONFLICT (id) DO NOTHING").execute().mapEmpty();
  }

  private static Future<Void> credentials(SqlConnection conn, String tenant) {
    JsonArray labels = new JsonArray();
    for (int i = 1; i <= 5; i++) {
      labels.add(new JsonObject().put("id", i).put("displayLabel", "")
          .put("displayOnFullTextFinder", false).put("displayOnPublicationFinder", false));
    }
    JsonObject doc = new JsonObject().put("name", "Local knowledge base").put("customerId", tenant)
        .put("url", "local").put("rootProxyId", "<n>").put("customLabels", labels);
    return conn.preparedQuery("INSERT INTO " + Schemas.table(tenant, "kb_credentials") + " (id, name, jsonb)"
            + " VALUES ($1, $2, $3" + Jsonb.CAST + ") ON CONFLICT (id) DO NOTHING")
        .execute(Tuple.of(DEFAULT_CREDENTIALS_ID, doc.getString("name"), doc.encode())).mapEmpty();
  }

  private static Future<Void> ownProvider(SqlConnection conn, String tenant) {
    JsonObject doc = new JsonObject().put("supportsCustomPackages", true);
    return conn.preparedQuery("INSERT INTO " + Schemas.table(tenant, "providers") + " (name, is_own, jsonb)"
            + " SELECT $1, true, $2" + Jsonb.CAST + " WHERE NOT EXISTS (SELECT 1 FROM "
            + Schemas.table(tenant, "providers") + " WHERE is_own)")
        .execute(Tuple.of("Local content (" + tenant + ")", doc.encode())).mapEmpty();
  }
}

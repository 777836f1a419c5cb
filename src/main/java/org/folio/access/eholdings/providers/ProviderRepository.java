package org.folio.access.eholdings.providers;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import org.folio.access.eholdings.common.query.Page;
import org.folio.access.eholdings.common.query.PagedQuery;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;

/** SQL of providers; the package counts are counted, so they are always true. */
public final class ProviderRepository {
  static String columns(String tenant) {
    String packages = Schemas.table(tenant, "packages");
    return "SELECT p.id, p.name, p.is_own, p.proxy_id, p.jsonb::text AS doc,"
        + " (SELECT count(*) FROM " + packages + " k WHERE k.provider_id = p.id) AS packages_total,"
        + " (SELECT count(*) FROM " + packages + " k WHERE k.provider_id = p.id AND k.is_selected) AS packages_selected"
        + " FROM " + Schemas.table(tenant, "providers") + " p";
  }

  public Future<Optional<ProviderRow>> find(SqlClient client, String tenant, long id) {
    return client.preparedQuery(columns(tenant) + " WHERE p.id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(read(rows.iterator().next())));
  }

  /** Locks the provider row for an update in the caller's transaction. */
  public Future<Boolean> lock(SqlClient client, String tenant, long id) {
    return client.preparedQuery("SELECT id FROM " + Schemas.table(tenant, "providers") + " WHERE id = $1 FOR UPDATE")
        .execute(Tuple.of(id)).map(rows -> rows.size() == 1);
  }

  public Future<Long> ownProviderId(SqlClient client, String tenant) {
    return client.query("SELECT id FROM " + Schemas.table(tenant, "providers") + " WHERE is_own").execute()
        .map(rows -> rows.iterator().next().getLong("id"));
  }

  /** A page of providers matching the WHERE clause (on alias p), ordered as given. */
  public Future<Page<ProviderRow>> page(SqlClient client, String tenant, String where, String order, SqlParams params,
      Paging paging) {
    String sql = "SELECT *, count(*) OVER () AS total FROM (" + columns(tenant) + " WHERE " + where + ") p"
        + " ORDER BY " + order + paging.limitOffset();
    String count = "SELECT count(*) AS n FROM (SELECT p.id FROM " + Schemas.table(tenant, "providers")
        + " p WHERE " + where + " ORDER BY " + order + ") c";
    return PagedQuery.run(client, sql, count, params, paging, ProviderRepository::read);
  }

  public Future<Void> update(SqlClient client, String tenant, long id, String proxyId, JsonObject doc) {
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "providers") + " SET proxy_id = $2, jsonb = $3"
            + Jsonb.CAST + " WHERE id = $1")
        .execute(Tuple.of(id, proxyId, doc.encode())).mapEmpty();
  }

  static ProviderRow read(Row row) {
    return new ProviderRow(row.getLong("id"), row.getString("name"), row.getBoolean("is_own"), row.getString("proxy_id"),
        new JsonObject(row.getString("doc")), row.getLong("packages_total"), row.getLong("packages_selected"));
  }
}

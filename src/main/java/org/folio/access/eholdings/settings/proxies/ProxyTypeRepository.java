package org.folio.access.eholdings.settings.proxies;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.folio.access.platform.db.Schemas;

/** SQL of proxy_types: the tenant's proxy types, shared by its knowledge bases. */
public final class ProxyTypeRepository {

  /** All proxy types, none ("<n>") first, then by name. */
  public Future<List<ProxyType>> list(SqlClient client, String tenant) {
    return client.query("SELECT id, name, url_mask FROM " + Schemas.table(tenant, "proxy_types")
        + " ORDER BY (id = '<n>') DESC, lower(name), id").execute().map(rows -> {
          List<ProxyType> list = new ArrayList<>();
          rows.forEach(row -> list.add(of(row)));
          return list;
        });
  }

  /** The proxy type whose id matches, ignoring case (so "ezproxy" names "EZProxy"). */
  public Future<Optional<ProxyType>> find(SqlClient client, String tenant, String id) {
    return client.preparedQuery("SELECT id, name, url_mask FROM " + Schemas.table(tenant, "proxy_types")
            + " WHERE lower(id) = lower($1) ORDER BY (id = $1) DESC LIMIT 1")
        .execute(Tuple.of(id)).map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(of(rows.iterator().next())));
  }

  private static ProxyType of(Row row) {
    return new ProxyType(row.getString("id"), row.getString("name"), row.getString("url_mask"));
  }
}

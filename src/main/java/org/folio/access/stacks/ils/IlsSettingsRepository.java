package org.folio.access.stacks.ils;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import org.folio.access.platform.db.Schemas;

/** stacks_ils_settings: the one row of the tenant's ILS connection, when there is one. */
public final class IlsSettingsRepository {
  private static final String COLUMNS = "kind, base_url, client_key, client_secret, patron_field_tag, enabled";

  public Future<Optional<IlsConnection>> find(SqlClient client, String tenant) {
    return client.preparedQuery("SELECT " + COLUMNS + " FROM " + table(tenant) + " WHERE id = 1").execute()
        .map(rows -> rows.size() == 0 ? Optional.<IlsConnection>empty() : Optional.of(of(rows.iterator().next())));
  }

  /** Stores the connection; a null secret keeps the stored one (none stored: the NOT NULL check refuses it). */
  public Future<IlsConnection> save(SqlClient client, String tenant, IlsConnection c) {
    return client.preparedQuery("INSERT INTO " + table(tenant) + " AS s (id, " + COLUMNS + ") VALUES (1, $1, $2, $3,"
            + " coalesce($4, (SELECT client_secret FROM " + table(tenant) + " WHERE id = 1)), $5, $6)"
            + " ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, base_url = EXCLUDED.base_url, client_key = EXCLUDED.client_key,"
            + " client_secret = EXCLUDED.client_secret, patron_field_tag = EXCLUDED.patron_field_tag,"
            + " enabled = EXCLUDED.enabled, updated_at = now() RETURNING " + COLUMNS)
        .execute(Tuple.from(new Object[] {c.kind(), c.baseUrl(), c.clientKey(), c.clientSecret(), c.patronFieldTag(), c.enabled()}))
        .map(rows -> of(rows.iterator().next()));
  }

  private static IlsConnection of(Row r) {
    return new IlsConnection(r.getString("kind"), r.getString("base_url"), r.getString("client_key"),
        r.getString("client_secret"), r.getString("patron_field_tag"), r.getBoolean("enabled"));
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "stacks_ils_settings");
  }
}

package org.folio.access.eholdings.uc;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import org.folio.access.platform.db.Schemas;

/** SQL of uc_credentials: one row per tenant (id 1), replaced in place. */
public final class UcCredentialsRepository {

  public Future<Optional<UcCredentials>> find(SqlClient client, String tenant) {
    return client.query("SELECT client_id, client_secret FROM " + table(tenant) + " WHERE id = 1").execute()
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(new UcCredentials(
            rows.iterator().next().getString("client_id"), rows.iterator().next().getString("client_secret"))));
  }

  public Future<Void> save(SqlClient client, String tenant, UcCredentials credentials) {
    return client.preparedQuery("INSERT INTO " + table(tenant) + " (id, client_id, client_secret) VALUES (1, $1, $2)"
            + " ON CONFLICT (id) DO UPDATE SET client_id = EXCLUDED.client_id, client_secret = EXCLUDED.client_secret,"
            + " updated_at = now()")
        .execute(Tuple.of(credentials.clientId(), credentials.clientSecret())).mapEmpty();
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "uc_credentials");
  }
}

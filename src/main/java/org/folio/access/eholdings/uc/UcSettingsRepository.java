package org.folio.access.eholdings.uc;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.eholdings.settings.common.RecordMetadata;
import org.folio.access.eholdings.uc.UcSettings.UcSettingsDocument;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;

/** SQL of uc_settings: at most one row per knowledge base (unique credentials_id). */
public final class UcSettingsRepository {
  private static final String COLUMNS = "SELECT id, credentials_id, customer_key, jsonb::text AS doc FROM ";

  public Future<Optional<UcSettings>> find(SqlClient client, String tenant, UUID credentialsId) {
    return client.preparedQuery(COLUMNS + table(tenant) + " WHERE credentials_id = $1").execute(Tuple.of(credentialsId))
        .map(UcSettingsRepository::first);
  }

  /** Inserts the settings; a second set for the same knowledge base is refused by the unique credentials_id. */
  public Future<UcSettings> insert(SqlClient client, String tenant, UcSettings settings) {
    return client.preparedQuery("INSERT INTO " + table(tenant) + " (id, credentials_id, customer_key, jsonb)"
            + " VALUES ($1, $2, $3, $4" + Jsonb.CAST + ") RETURNING id, credentials_id, customer_key, jsonb::text AS doc")
        .execute(Tuple.of(settings.id(), settings.credentialsId(), settings.customerKey(), Jsonb.write(settings.document())))
        .map(rows -> first(rows).orElseThrow());
  }

  /**
   * Merges the document fields given, replaces the key when one is given (null keeps it) and stamps the
   * change; false when the knowledge base has no settings.
   */
  public Future<Boolean> change(SqlClient client, String tenant, UUID credentialsId, String customerKey,
      Map<String, String> fields, RecordMetadata stamp) {
    String sql = "UPDATE " + table(tenant) + " SET customer_key = coalesce($2, customer_key),"
        + " jsonb = (jsonb || $3" + Jsonb.CAST + ")"
        + " || jsonb_build_object('metadata', coalesce(jsonb->'metadata', '{}'::jsonb) || $4" + Jsonb.CAST + ")"
        + " WHERE credentials_id = $1";
    return client.preparedQuery(sql)
        .execute(Tuple.of(credentialsId, customerKey, Jsonb.write(fields), Jsonb.write(stamp)))
        .map(rows -> rows.rowCount() == 1);
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "uc_settings");
  }

  private static Optional<UcSettings> first(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return Optional.empty();
    }
    Row row = rows.iterator().next();
    return Optional.of(new UcSettings(row.getUUID("id"), row.getUUID("credentials_id"), row.getString("customer_key"),
        Jsonb.read(row, "doc", UcSettingsDocument.class)));
  }
}

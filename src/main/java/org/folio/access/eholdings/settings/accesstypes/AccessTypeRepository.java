package org.folio.access.eholdings.settings.accesstypes;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.eholdings.settings.accesstypes.AccessType.AccessTypeDocument;
import org.folio.access.eholdings.settings.common.RecordMetadata;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;

/** SQL of access_types; usage counts come from the access_type_id columns of packages and resources. */
public final class AccessTypeRepository {

  public Future<List<AccessType>> list(SqlClient client, String tenant, UUID credentialsId) {
    return client.preparedQuery(select(tenant) + " WHERE a.credentials_id = $1 ORDER BY a.created_at, lower(a.name), a.id")
        .execute(Tuple.of(credentialsId)).map(AccessTypeRepository::all);
  }

  public Future<Optional<AccessType>> find(SqlClient client, String tenant, UUID credentialsId, UUID id) {
    return client.preparedQuery(select(tenant) + " WHERE a.credentials_id = $1 AND a.id = $2")
        .execute(Tuple.of(credentialsId, id)).map(rows -> all(rows).stream().findFirst());
  }

  public Future<Long> count(SqlClient client, String tenant, UUID credentialsId) {
    return client.preparedQuery("SELECT count(*) AS n FROM " + table(tenant) + " WHERE credentials_id = $1")
        .execute(Tuple.of(credentialsId)).map(rows -> rows.iterator().next().getLong("n"));
  }

  public Future<Void> insert(SqlClient client, String tenant, UUID id, UUID credentialsId, AccessTypeDocument doc) {
    return client.preparedQuery("INSERT INTO " + table(tenant) + " (id, credentials_id, name, jsonb) VALUES ($1, $2, $3, $4"
            + Jsonb.CAST + ")")
        .execute(Tuple.of(id, credentialsId, doc.name(), Jsonb.write(doc))).mapEmpty();
  }

  /** Sets name and description and stamps the change; false when there is no such access type. */
  public Future<Boolean> update(SqlClient client, String tenant, UUID credentialsId, UUID id, String name,
      String description, RecordMetadata stamp) {
    String sql = "UPDATE " + table(tenant) + " SET name = $3,"
        + " jsonb = jsonb || jsonb_build_object('name', $3::text, 'description', $4::text,"
        + " 'metadata', coalesce(jsonb->'metadata', '{}'::jsonb) || $5" + Jsonb.CAST + ")"
        + " WHERE credentials_id = $1 AND id = $2";
    return client.preparedQuery(sql).execute(Tuple.of(credentialsId, id, name, description, Jsonb.write(stamp)))
        .map(rows -> rows.rowCount() == 1);
  }

  public Future<Boolean> delete(SqlClient client, String tenant, UUID credentialsId, UUID id) {
    return client.preparedQuery("DELETE FROM " + table(tenant) + " WHERE credentials_id = $1 AND id = $2")
        .execute(Tuple.of(credentialsId, id)).map(rows -> rows.rowCount() == 1);
  }

  private static String select(String tenant) {
    return "SELECT a.id, a.credentials_id, a.jsonb::text AS doc,"
        + " (SELECT count(*) FROM " + Schemas.table(tenant, "packages") + " p WHERE p.access_type_id = a.id)"
        + " + (SELECT count(*) FROM " + Schemas.table(tenant, "resources") + " r WHERE r.access_type_id = a.id) AS usage"
        + " FROM " + table(tenant) + " a";
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "access_types");
  }

  private static List<AccessType> all(RowSet<Row> rows) {
    List<AccessType> list = new ArrayList<>();
    rows.forEach(row -> list.add(new AccessType(row.getUUID("id"), row.getUUID("credentials_id"),
        Jsonb.read(row, "doc", AccessTypeDocument.class), row.getLong("usage"))));
    return list;
  }
}

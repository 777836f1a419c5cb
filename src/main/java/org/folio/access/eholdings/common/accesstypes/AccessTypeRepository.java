package org.folio.access.eholdings.common.accesstypes;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.eholdings.common.accesstypes.AccessType.AccessTypeDocument;
import org.folio.access.eholdings.common.accesstypes.AccessType.PersonName;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.eholdings.settings.common.RecordMetadata;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;

/**
 * The one repository of access_types, for the settings API (list, count, write, with usage counts from the
 * access_type_id columns of packages and resources) and the content API (by id, joined, filtered by name).
 */
public final class AccessTypeRepository {
  private static final String COLUMNS = "SELECT a.id, a.credentials_id, a.jsonb::text AS doc";

  public Future<List<AccessType>> list(SqlClient client, String tenant, UUID credentialsId) {
    return client.preparedQuery(counted(tenant) + " WHERE a.credentials_id = $1 ORDER BY a.created_at, lower(a.name), a.id")
        .execute(Tuple.of(credentialsId)).map(AccessTypeRepository::all);
  }

  /** The access type of the knowledge base, with its usage count. */
  public Future<Optional<AccessType>> find(SqlClient client, String tenant, UUID credentialsId, UUID id) {
    return client.preparedQuery(counted(tenant) + " WHERE a.credentials_id = $1 AND a.id = $2")
        .execute(Tuple.of(credentialsId, id)).map(rows -> all(rows).stream().findFirst());
  }

  /** The access type, whichever knowledge base it belongs to (no usage count). */
  public Future<Optional<AccessType>> find(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery(COLUMNS + ", NULL::bigint AS usage FROM " + table(tenant) + " a WHERE a.id = $1")
        .execute(Tuple.of(id)).map(rows -> all(rows).stream().findFirst());
  }

  public Future<Map<UUID, AccessType>> byIds(SqlClient client, String tenant, Collection<UUID> ids) {
    Map<UUID, AccessType> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return Future.succeededFuture(found);
    }
    return client.preparedQuery(COLUMNS + ", NULL::bigint AS usage FROM " + table(tenant) + " a WHERE a.id = ANY($1)")
        .execute(Tuple.tuple().addArrayOfUUID(ids.stream().distinct().toArray(UUID[]::new)))
        .map(rows -> {
          all(rows).forEach(type -> found.put(type.id(), type));
          return found;
        });
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

  /** Sets name, description and updater and stamps the change; false when there is no such access type. */
  public Future<Boolean> update(SqlClient client, String tenant, UUID credentialsId, UUID id, String name,
      String description, RecordMetadata stamp, PersonName updater) {
    String sql = "UPDATE " + table(tenant) + " SET name = $3,"
        + " jsonb = (jsonb - 'updater') || jsonb_strip_nulls(jsonb_build_object('name', $3::text, 'updater', $6" + Jsonb.CAST
        + ")) || jsonb_build_object('description', $4::text,"
        + " 'metadata', coalesce(jsonb->'metadata', '{}'::jsonb) || $5" + Jsonb.CAST + ")"
        + " WHERE credentials_id = $1 AND id = $2";
    return client.preparedQuery(sql)
        .execute(Tuple.of(credentialsId, id, name, description, Jsonb.write(stamp), Jsonb.write(updater)))
        .map(rows -> rows.rowCount() == 1);
  }

  public Future<Boolean> delete(SqlClient client, String tenant, UUID credentialsId, UUID id) {
    return client.preparedQuery("DELETE FROM " + table(tenant) + " WHERE credentials_id = $1 AND id = $2")
        .execute(Tuple.of(credentialsId, id)).map(rows -> rows.rowCount() == 1);
  }

  /** The access type of alias a as columns named prefix + id, credentials_id, doc (for a join). */
  public static String columns(String prefix) {
    return "a.id AS " + prefix + "id, a.credentials_id AS " + prefix + "credentials_id, a.jsonb::text AS " + prefix + "doc";
  }

  /** The access type in columns named by {@link #columns}, null when the row has none. */
  public static AccessType read(Row row, String prefix) {
    UUID id = row.getUUID(prefix + "id");
    return id == null ? null : new AccessType(id, row.getUUID(prefix + "credentials_id"),
        Jsonb.read(row, prefix + "doc", AccessTypeDocument.class), null);
  }

  /** A condition: the access type column points at one of the access types named (any case). */
  public static String namedSql(String tenant, String column, List<String> names, SqlParams params) {
    String[] lower = names.stream().filter(n -> n != null && !n.isBlank()).map(n -> n.trim().toLowerCase(Locale.ROOT))
        .toArray(String[]::new);
    return column + " IN (SELECT id FROM " + table(tenant) + " WHERE lower(name) = ANY(" + params.bind(lower) + "))";
  }

  private static String counted(String tenant) {
    return COLUMNS + ", (SELECT count(*) FROM " + Schemas.table(tenant, "packages") + " p WHERE p.access_type_id = a.id)"
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

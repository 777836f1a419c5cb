package org.folio.access.eholdings.common.accesstypes;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/** Reads access types straight from their table. */
public final class AccessTypeRepository {
  private static final String COLUMNS = "SELECT id, credentials_id, name, jsonb::text AS doc FROM ";

  public Future<Optional<AccessType>> find(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery(COLUMNS + Schemas.table(tenant, "access_types") + " WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(read(rows.iterator().next())));
  }

  public Future<Map<UUID, AccessType>> byIds(SqlClient client, String tenant, Collection<UUID> ids) {
    Map<UUID, AccessType> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return Future.succeededFuture(found);
    }
    return client.preparedQuery(COLUMNS + Schemas.table(tenant, "access_types") + " WHERE id = ANY($1)")
        .execute(Tuple.tuple().addArrayOfUUID(ids.stream().distinct().toArray(UUID[]::new)))
        .map(rows -> {
          rows.forEach(row -> found.put(row.getUUID("id"), read(row)));
          return found;
        });
  }

  private static AccessType read(Row row) {
    return read(row, "");
  }

  /** The access type of alias a as columns named prefix + id, credentials_id, name, doc. */
  public static String columns(String prefix) {
    return "a.id AS " + prefix + "id, a.credentials_id AS " + prefix + "credentials_id, a.name AS " + prefix + "name, "
        + "a.jsonb::text AS " + prefix + "doc";
  }

  /** The access type in columns named by {@link #columns}, null when the row has none. */
  public static AccessType read(Row row, String prefix) {
    UUID id = row.getUUID(prefix + "id");
    return id == null ? null : new AccessType(id, row.getUUID(prefix + "credentials_id"), row.getString(prefix + "name"),
        new JsonObject(row.getString(prefix + "doc")));
  }
}

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
    return new AccessType(row.getUUID("id"), row.getUUID("credentials_id"), row.getString("name"),
        new JsonObject(row.getString("doc")));
  }
}

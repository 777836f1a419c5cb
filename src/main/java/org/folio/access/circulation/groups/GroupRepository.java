package org.folio.access.circulation.groups;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.Rows;
import org.folio.access.platform.cql.CqlField;
import org.folio.access.platform.cql.CqlFields;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Schemas;

/** econtent_groups and their members. Group names are unique regardless of case. */
public final class GroupRepository {
  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.uuid("id", "id"), CqlField.text("name", "name"), CqlField.text("description", "description"))
      .withDefault("name");

  public Future<String> insert(SqlClient client, String tenant, UUID id, String name, String description) {
    return client.preparedQuery("INSERT INTO " + groups(tenant) + " AS g (id, name, description) VALUES ($1, $2, $3)"
            + " RETURNING " + doc(tenant))
        .execute(Tuple.of(id, name, description)).map(rows -> rows.iterator().next().getString("doc"));
  }

  public Future<Optional<String>> update(SqlClient client, String tenant, UUID id, String name, String description) {
    return client.preparedQuery("UPDATE " + groups(tenant) + " AS g SET name = $2, description = $3 WHERE id = $1"
            + " RETURNING " + doc(tenant))
        .execute(Tuple.of(id, name, description)).map(GroupRepository::first);
  }

  public Future<Optional<String>> find(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + doc(tenant) + " FROM " + groups(tenant) + " g WHERE id = $1")
        .execute(Tuple.of(id)).map(GroupRepository::first);
  }

  public Future<Boolean> delete(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("DELETE FROM " + groups(tenant) + " WHERE id = $1")
        .execute(Tuple.of(id)).map(rows -> rows.rowCount() == 1);
  }

  public Future<List<UUID>> members(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT patron_id FROM " + Schemas.table(tenant, "econtent_group_members")
            + " WHERE group_id = $1 ORDER BY added_at, patron_id")
        .execute(Tuple.of(id))
        .map(rows -> Rows.each(rows, r -> r.getUUID("patron_id")));
  }

  public Future<Void> addMember(SqlClient client, String tenant, UUID id, UUID patron) {
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "econtent_group_members")
            + " (group_id, patron_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .execute(Tuple.of(id, patron)).mapEmpty();
  }

  public Future<Boolean> removeMember(SqlClient client, String tenant, UUID id, UUID patron) {
    return client.preparedQuery("DELETE FROM " + Schemas.table(tenant, "econtent_group_members")
            + " WHERE group_id = $1 AND patron_id = $2")
        .execute(Tuple.of(id, patron)).map(rows -> rows.rowCount() == 1);
  }

  public Future<CqlCollection.Page> page(SqlClient client, String tenant, String cql, long offset, long limit) {
    return new CqlCollection(Schemas.table(tenant, "econtent_group_view"), FIELDS, "lower(name), id")
        .fetch(client, cql, offset, limit);
  }

  private static String groups(String tenant) {
    return Schemas.table(tenant, "econtent_groups");
  }

  private static String doc(String tenant) {
    return Schemas.table(tenant, "econtent_group_doc") + "(g)::text AS doc";
  }

  private static Optional<String> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("doc"));
  }
}

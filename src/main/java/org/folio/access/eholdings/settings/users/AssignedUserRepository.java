package org.folio.access.eholdings.settings.users;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.eholdings.settings.users.AssignedUser.UserDetails;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;

/** SQL of kb_credentials_users; user_id is unique, so a user belongs to at most one knowledge base. */
public final class AssignedUserRepository {
  private static final String COLUMNS = "user_id, credentials_id, jsonb::text AS doc";

  public Future<List<AssignedUser>> list(SqlClient client, String tenant, UUID credentialsId) {
    return client.preparedQuery("SELECT " + COLUMNS + " FROM " + table(tenant) + " WHERE credentials_id = $1"
            + " ORDER BY lower(coalesce(jsonb->>'lastName', '')), lower(coalesce(jsonb->>'firstName', '')), user_id")
        .execute(Tuple.of(credentialsId)).map(AssignedUserRepository::all);
  }

  /** The user's assignment, to whichever knowledge base. */
  public Future<Optional<AssignedUser>> find(SqlClient client, String tenant, UUID userId) {
    return client.preparedQuery("SELECT " + COLUMNS + " FROM " + table(tenant) + " WHERE user_id = $1")
        .execute(Tuple.of(userId)).map(rows -> all(rows).stream().findFirst());
  }

  public Future<Void> insert(SqlClient client, String tenant, AssignedUser user) {
    return client.preparedQuery("INSERT INTO " + table(tenant) + " (credentials_id, user_id, jsonb) VALUES ($1, $2, $3"
            + Jsonb.CAST + ")")
        .execute(Tuple.of(user.credentialsId(), user.userId(), Jsonb.write(user.details()))).mapEmpty();
  }

  /** Replaces what the assignment records; false when the user is not assigned to that knowledge base. */
  public Future<Boolean> update(SqlClient client, String tenant, AssignedUser user) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET jsonb = $3" + Jsonb.CAST
            + " WHERE credentials_id = $1 AND user_id = $2")
        .execute(Tuple.of(user.credentialsId(), user.userId(), Jsonb.write(user.details()))).map(rows -> rows.rowCount() == 1);
  }

  public Future<Boolean> delete(SqlClient client, String tenant, UUID credentialsId, UUID userId) {
    return client.preparedQuery("DELETE FROM " + table(tenant) + " WHERE credentials_id = $1 AND user_id = $2")
        .execute(Tuple.of(credentialsId, userId)).map(rows -> rows.rowCount() == 1);
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "kb_credentials_users");
  }

  private static List<AssignedUser> all(RowSet<Row> rows) {
    List<AssignedUser> list = new ArrayList<>();
    rows.forEach(row -> list.add(new AssignedUser(row.getUUID("user_id"), row.getUUID("credentials_id"),
        Jsonb.read(row, "doc", UserDetails.class))));
    return list;
  }
}

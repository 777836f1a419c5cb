package org.folio.access.circulation.groups;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.NamedRecords;
import org.folio.access.circulation.Rows;
import org.folio.access.platform.db.Schemas;

/** econtent_groups and their members. Group names are unique regardless of case. */
public final class GroupRepository {
  /** The group records themselves: the rules and SQL groups share with other named records. */
  public static final NamedRecords.Kind KIND = new NamedRecords.Kind("Group", "econtent_groups", "econtent_group_doc",
      "econtent_group_view", "GROUP_NAME_TAKEN");
  private final NamedRecords records = new NamedRecords(KIND);

  public NamedRecords records() {
    return records;
  }

  /** The group's document, if there is one. */
  public Future<Optional<String>> find(SqlClient client, String tenant, UUID id) {
    return records.find(client, tenant, id);
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
}

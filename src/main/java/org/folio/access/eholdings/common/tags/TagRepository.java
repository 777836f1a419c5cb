package org.folio.access.eholdings.common.tags;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.folio.access.platform.db.Schemas;

/** The record_tags table: tags by record type and the record's interface id. */
public final class TagRepository {
  /** Tags of each record, in name order; records without tags are absent from the map. */
  public Future<Map<String, List<String>>> of(SqlClient client, String tenant, RecordType type, Collection<String> ids) {
    Map<String, List<String>> tags = new HashMap<>();
    if (ids.isEmpty()) {
      return Future.succeededFuture(tags);
    }
    return client.preparedQuery("SELECT record_id, tag FROM " + Schemas.table(tenant, "record_tags")
            + " WHERE record_type = $1 AND record_id = ANY($2) ORDER BY tag")
        .execute(Tuple.tuple().addString(type.column()).addArrayOfString(ids.toArray(String[]::new)))
        .map(rows -> {
          rows.forEach(row -> tags.computeIfAbsent(row.getString("record_id"), k -> new ArrayList<>()).add(row.getString("tag")));
          return tags;
        });
  }

  /** A subquery that answers one record's tags as a text array in name order; idSql is a bound parameter or column. */
  public static String arrayOf(String tenant, RecordType type, String idSql) {
    return "ARRAY(SELECT g.tag FROM " + Schemas.table(tenant, "record_tags") + " g WHERE g.record_type = '" + type.column()
        + "' AND g.record_id = " + idSql + " ORDER BY g.tag)";
  }

  /** Replaces a record's tags. */
  public Future<Void> replace(SqlClient client, String tenant, RecordType type, String id, List<String> tags) {
    String table = Schemas.table(tenant, "record_tags");
    return client.preparedQuery("DELETE FROM " + table + " WHERE record_type = $1 AND record_id = $2")
        .execute(Tuple.of(type.column(), id))
        .compose(x -> tags.isEmpty() ? Future.succeededFuture() : client.preparedQuery("INSERT INTO " + table
                + " (record_type, record_id, tag) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING")
            .execute(Tuple.tuple().addString(type.column()).addString(id).addArrayOfString(tags.toArray(String[]::new))))
        .mapEmpty();
  }

  /** Forgets the tags of records that are deleted. */
  public Future<Void> deleteAll(SqlClient client, String tenant, RecordType type, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Future.succeededFuture();
    }
    return client.preparedQuery("DELETE FROM " + Schemas.table(tenant, "record_tags") + " WHERE record_type = $1 AND record_id = ANY($2)")
        .execute(Tuple.tuple().addString(type.column()).addArrayOfString(ids.toArray(String[]::new))).mapEmpty();
  }
}

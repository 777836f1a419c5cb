package org.folio.access.eholdings.settings.tags;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.folio.access.platform.db.Schemas;

/** SQL of record_tags (written by the content API when records are tagged). */
public final class TagRepository {

  public Future<List<RecordTag>> tags(SqlClient client, String tenant, List<String> recordTypes) {
    return client.preparedQuery("SELECT record_type, record_id, tag FROM " + Schemas.table(tenant, "record_tags")
            + " WHERE record_type = ANY($1::text[]) ORDER BY lower(tag), tag, record_type, record_id")
        .execute(types(recordTypes)).map(rows -> {
          List<RecordTag> list = new ArrayList<>();
          rows.forEach(row -> list.add(new RecordTag(row.getString("record_type"), row.getString("record_id"),
              row.getString("tag"))));
          return list;
        });
  }

  public Future<List<String>> distinctTags(SqlClient client, String tenant, List<String> recordTypes) {
    return client.preparedQuery("SELECT tag FROM (SELECT DISTINCT tag FROM " + Schemas.table(tenant, "record_tags")
            + " WHERE record_type = ANY($1::text[])) t ORDER BY lower(tag), tag")
        .execute(types(recordTypes)).map(rows -> {
          List<String> list = new ArrayList<>();
          rows.forEach(row -> list.add(row.getString("tag")));
          return list;
        });
  }

  private static Tuple types(List<String> recordTypes) {
    return Tuple.tuple().addArrayOfString(recordTypes.toArray(String[]::new));
  }
}

package org.folio.access.eholdings.common.tags;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.platform.db.Schemas;

/**
 * The one repository of record_tags: tags by record type and the record's interface id, written by the content
 * API when records are tagged and read by both it and the settings API (the tags in use).
 */
public final class TagRepository {
  /** Every tag on records of the types (names as record_tags.record_type holds them), by tag. */
  public Future<List<RecordTag>> tags(SqlClient client, String tenant, List<String> recordTypes) {
    return client.preparedQuery("SELECT record_type, record_id, tag FROM " + Schemas.table(tenant, "record_tags")
            + " WHERE record_type = ANY($1::text[]) ORDER BY lower(tag), tag, record_type, record_id")
        .execute(Tuple.tuple().addArrayOfString(recordTypes.toArray(String[]::new))).map(rows -> {
          List<RecordTag> list = new ArrayList<>();
          rows.forEach(row -> list.add(new RecordTag(row.getString("record_type"), row.getString("record_id"),
              row.getString("tag"))));
          return list;
        });
  }

  /** The distinct tag values on records of the types, by name. */
  public Future<List<String>> distinctTags(SqlClient client, String tenant, List<String> recordTypes) {
    return client.preparedQuery("SELECT tag FROM (SELECT DISTINCT tag FROM " + Schemas.table(tenant, "record_tags")
            + " WHERE record_type = ANY($1::text[])) t ORDER BY lower(tag), tag")
        .execute(Tuple.tuple().addArrayOfString(recordTypes.toArray(String[]::new))).map(rows -> {
          List<String> list = new ArrayList<>();
          rows.forEach(row -> list.add(row.getString("tag")));
          return list;
        });
  }

  /** A condition: the record, whose interface id is idExpression, has one of the tags. */
  public static String taggedSql(String tenant, RecordType type, String idExpression, List<String> tags, SqlParams params) {
    String[] values = tags.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toArray(String[]::new);
    return "EXISTS (SELECT 1 FROM " + Schemas.table(tenant, "record_tags") + " tg WHERE tg.record_type = '"
        + type.column() + "' AND tg.record_id = " + idExpression + " AND tg.tag = ANY(" + params.bind(values) + "))";
  }

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

  /**
   * arrayOf for each row of a list (idSql a column): an empty array without a look-up per row when no record of the type
   * has a tag, which one look-up of the statement tells (most knowledge bases tag few titles, if any; a page of 25
   * titles spent 25 look-ups finding none). The look-up is the least record id of the type, which PostgreSQL reads at
   * one end of the primary key's range for the type: asked as EXISTS, the planner read the table from its start until
   * a row of the type came (2,040 rows of other types, a tenth of a millisecond, in the bench's knowledge base; every
   * row where the type has no tag).
   */
  public static String arrayOfEach(String tenant, RecordType type, String idSql) {
    return "CASE WHEN (SELECT min(g.record_id) FROM " + Schemas.table(tenant, "record_tags") + " g WHERE g.record_type = '"
        + type.column() + "') IS NOT NULL THEN " + arrayOf(tenant, type, idSql) + " ELSE '{}'::text[] END";
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

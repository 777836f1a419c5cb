package org.folio.access.eholdings.titles;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;

/** SQL of single titles (alias t); searching is TitleSearch's. */
public final class TitleRepository {
  static final String COLUMNS = "t.id, t.name, t.publication_type, t.publisher_name, t.is_custom, t.jsonb AS doc";

  /** Whether any package holds the title selected, as a boolean expression; titleIdSql names the title's id. */
  public static String selectedSql(String tenant, String titleIdSql) {
    return "EXISTS (SELECT 1 FROM " + Schemas.table(tenant, "resources") + " s WHERE s.title_id = " + titleIdSql
        + " AND s.is_selected)";
  }

  public Future<Optional<TitleRow>> find(SqlClient client, String tenant, long id, boolean forUpdate) {
    return client.preparedQuery("SELECT " + COLUMNS + " FROM " + Schemas.table(tenant, "titles") + " t WHERE t.id = $1"
            + (forUpdate ? " FOR UPDATE" : ""))
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(read(rows.iterator().next())));
  }

  /** Which of the titles some package holds selected. */
  public Future<Set<Long>> selectedAmong(SqlClient client, String tenant, List<Long> ids) {
    if (ids.isEmpty()) {
      return Future.succeededFuture(Set.of());
    }
    return client.preparedQuery("SELECT DISTINCT title_id FROM " + Schemas.table(tenant, "resources")
            + " WHERE title_id = ANY($1) AND is_selected")
        .execute(Tuple.tuple().addArrayOfLong(ids.toArray(Long[]::new)))
        .map(rows -> {
          Set<Long> found = new HashSet<>();
          rows.forEach(row -> found.add(row.getLong("title_id")));
          return found;
        });
  }

  /**
   * Whether a custom title has the name (whatever its case). Takes a transaction-scoped lock on the name
   * first, so two transactions creating the same name run one after the other and the second sees the first.
   */
  public Future<Boolean> lockCustomName(SqlClient client, String tenant, String name) {
    return client.preparedQuery("SELECT pg_advisory_xact_lock(hashtext($1 || ':custom-title:' || lower($2)))")
        .execute(Tuple.of(tenant, name))
        .compose(x -> client.preparedQuery("SELECT EXISTS (SELECT 1 FROM " + Schemas.table(tenant, "titles")
                + " WHERE lower(name) COLLATE \"C\" = lower($1) COLLATE \"C\" AND is_custom) AS taken")
            .execute(Tuple.of(name)))
        .map(rows -> rows.iterator().next().getBoolean("taken"));
  }

  /** A new custom title; answers its id from the sequence. */
  public Future<Long> insertCustom(SqlClient client, String tenant, TitleChange title) {
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "titles") + " (name, publication_type,"
            + " publisher_name, is_custom, isxn, subjects, jsonb) VALUES ($1, $2, $3, true, $4, $5, $6" + Jsonb.CAST + ") RETURNING id")
        .execute(Tuple.tuple().addString(title.name()).addString(title.publicationType()).addString(title.publisherName())
            .addArrayOfString(title.isxn().toArray(String[]::new)).addString(title.subjects()).addString(title.doc().encode()))
        .map(rows -> rows.iterator().next().getLong("id"));
  }

  public Future<Void> update(SqlClient client, String tenant, long id, TitleChange title) {
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "titles") + " SET name = $2, publication_type = $3,"
            + " publisher_name = $4, isxn = $5, subjects = $6, jsonb = $7" + Jsonb.CAST + " WHERE id = $1")
        .execute(Tuple.tuple().addLong(id).addString(title.name()).addString(title.publicationType())
            .addString(title.publisherName()).addArrayOfString(title.isxn().toArray(String[]::new))
            .addString(title.subjects()).addString(title.doc().encode()))
        .mapEmpty();
  }

  /** Deletes those of the custom titles that are in no package any more; answers their ids. */
  public Future<List<Long>> deleteOrphanCustom(SqlClient client, String tenant, List<Long> ids) {
    if (ids.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return client.preparedQuery("DELETE FROM " + Schemas.table(tenant, "titles") + " t WHERE t.is_custom AND t.id = ANY($1)"
            + " AND NOT EXISTS (SELECT 1 FROM " + Schemas.table(tenant, "resources") + " r WHERE r.title_id = t.id) RETURNING t.id")
        .execute(Tuple.tuple().addArrayOfLong(ids.toArray(Long[]::new)))
        .map(rows -> {
          List<Long> deleted = new ArrayList<>();
          rows.forEach(row -> deleted.add(row.getLong("id")));
          return deleted;
        });
  }

  static TitleRow read(Row row) {
    return new TitleRow(row.getLong("id"), row.getString("name"), row.getString("publication_type"),
        row.getString("publisher_name"), row.getBoolean("is_custom"), row.getJsonObject("doc"));
  }
}

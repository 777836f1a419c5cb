package org.folio.access.eholdings.kbart;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import org.folio.access.platform.db.Schemas;

/**
 * The delta's removals: resources of the package whose title the new file no longer lists, checked window by
 * window in title id order; their tags go with them, and so do managed titles left in no package. A title keyed
 * '<title key>|name:<name key>' (it shares an identifier with another title of the file) is listed when a line
 * has that title key and that name key.
 */
final class KbartRemovalRepository {
  /*
   * win:      the window's titles with their keys; unlisted: those no staged line lists; gone: their resources. Every
   * lookup is a subquery per title, so each costs an index probe whatever the planner estimates: a join would let a
   * plan read all the package's resources (or titles, or staged lines) once per window.
   */
  private static final String REMOVE = "WITH win AS (SELECT r.title_id, (SELECT t.external_key FROM %2$s t WHERE t.id = r.title_id) AS key"
      + "   FROM %1$s r WHERE r.package_id = $1 AND r.title_id > $2 ORDER BY r.title_id LIMIT $3),"
      + " unlisted AS (SELECT w.title_id FROM win w WHERE (SELECT true FROM %3$s s WHERE s.import_id = $4"
      + "     AND s.title_key = split_part(w.key, '|name:', 1)"
      + "     AND (strpos(w.key, '|name:') = 0 OR s.name_key = split_part(w.key, '|name:', 2)) LIMIT 1) IS NULL),"
      + " gone AS (DELETE FROM %1$s r WHERE r.package_id = $1 AND r.title_id = ANY (ARRAY(SELECT title_id FROM unlisted))"
      + "   RETURNING r.title_id, r.is_selected)"
      + " SELECT (SELECT max(title_id) FROM win) AS last_id, coalesce(array_agg(title_id), '{}') AS removed,"
      + "   count(*) FILTER (WHERE is_selected) AS removed_selected FROM gone";
  private static final String DROP_ORPHANS = "WITH orphan AS (DELETE FROM %1$s t WHERE t.id = ANY($1) AND NOT t.is_custom"
      + "   AND NOT EXISTS (SELECT 1 FROM %2$s r WHERE r.title_id = t.id) RETURNING t.id)"
      + " DELETE FROM %3$s WHERE record_type = 'title' AND record_id IN (SELECT id::text FROM orphan)";

  /** One window: the last title id checked (null when the package has no more), and what left the package. */
  record Window(Long lastTitleId, Long[] removed, int removedSelected) {}

  Future<Window> removeWindow(SqlClient conn, String tenant, ImportRecord imp, int size) {
    return conn.preparedQuery(String.format(REMOVE, Schemas.table(tenant, "resources"), Schemas.table(tenant, "titles"),
            Schemas.table(tenant, "kbart_staged_lines")))
        .execute(Tuple.of(imp.packageId(), imp.removedAfter(), size, imp.id()))
        .map(rows -> {
          Row row = rows.iterator().next();
          return new Window(row.getLong("last_id"), row.getArrayOfLongs("removed"), row.getLong("removed_selected").intValue());
        });
  }

  /** Drops the tags of the removed resources, then the managed titles that are now in no package, with their tags. */
  Future<Void> dropLeftovers(SqlClient conn, String tenant, ImportRecord imp, Long[] removed) {
    if (removed.length == 0) {
      return Future.succeededFuture();
    }
    String prefix = imp.providerId() + "-" + imp.packageId() + "-";
    String[] resourceIds = Arrays.stream(removed).map(id -> prefix + id).toArray(String[]::new);
    return conn.preparedQuery("DELETE FROM " + Schemas.table(tenant, "record_tags")
            + " WHERE record_type = 'resource' AND record_id = ANY($1)")
        .execute(Tuple.tuple().addArrayOfString(resourceIds))
        .compose(x -> conn.preparedQuery(String.format(DROP_ORPHANS, Schemas.table(tenant, "titles"),
                Schemas.table(tenant, "resources"), Schemas.table(tenant, "record_tags")))
            .execute(Tuple.tuple().addArrayOfLong(removed)))
        .mapEmpty();
  }
}

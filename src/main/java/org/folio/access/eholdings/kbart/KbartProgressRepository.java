package org.folio.access.eholdings.kbart;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/**
 * Writes, in each batch's transaction, what the batch did: the package's title and selected counts (as
 * increments, so that concurrent selections by users are never overwritten) and the import's checkpoint.
 */
final class KbartProgressRepository {

  Future<Void> countTitles(SqlClient conn, String tenant, long packageId, int titles, int selected) {
    if (titles == 0 && selected == 0) {
      return Future.succeededFuture();
    }
    return conn.preparedQuery("UPDATE " + Schemas.table(tenant, "packages")
            + " SET title_count = title_count + $2, selected_count = selected_count + $3 WHERE id = $1")
        .execute(Tuple.of(packageId, titles, selected)).mapEmpty();
  }

  /** Records a merged batch: its last key becomes the checkpoint. */
  Future<Void> merged(SqlClient conn, String tenant, UUID importId, String mergedKey, MergeCounts step) {
    return conn.preparedQuery("UPDATE " + Schemas.table(tenant, "kbart_imports") + " SET merged_key = $2,"
            + " lines_merged = lines_merged + $3, titles_added = titles_added + $4, titles_updated = titles_updated + $5,"
            + " titles_unchanged = titles_unchanged + $6 WHERE id = $1")
        .execute(Tuple.of(importId, mergedKey, step.linesMerged(), step.added(), step.updated(), step.unchanged()))
        .mapEmpty();
  }

  /** Records a removal window: resources up to its last title id are checked. */
  Future<Void> removed(SqlClient conn, String tenant, UUID importId, long removedAfter, int removed) {
    return conn.preparedQuery("UPDATE " + Schemas.table(tenant, "kbart_imports")
            + " SET removed_after = $2, titles_removed = titles_removed + $3 WHERE id = $1")
        .execute(Tuple.of(importId, removedAfter, removed)).mapEmpty();
  }

  Future<Void> phase(SqlClient conn, String tenant, UUID importId, String phase) {
    return conn.preparedQuery("UPDATE " + Schemas.table(tenant, "kbart_imports") + " SET phase = $2,"
            + " finished_at = CASE WHEN $2 = 'done' THEN now() END WHERE id = $1")
        .execute(Tuple.of(importId, phase)).mapEmpty();
  }

  /** Whether new titles of the package are selected: when the package is and lets the knowledge base add titles. */
  Future<Boolean> selectsNewTitles(SqlClient conn, String tenant, long packageId) {
    return conn.preparedQuery("SELECT is_selected AND coalesce((jsonb->>'allowKbToAddTitles')::boolean, true) AS selects"
            + " FROM " + Schemas.table(tenant, "packages") + " WHERE id = $1")
        .execute(Tuple.of(packageId))
        .map(rows -> rows.size() == 1 && rows.iterator().next().getBoolean("selects"));
  }
}

package org.folio.access.platform.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

/**
 * Staging tables of uploads (KBART lines, stacks import records) have a `staged_at` column; lines still there a week
 * after they were staged belong to an upload that was cut off (a crash, a connection that broke before its import
 * was queued) and are swept when a later import of the same kind finishes.
 */
public final class StagedLines {
  /** How long staged lines are kept before they count as abandoned. */
  static final String ABANDONED_AFTER = "7 days";

  private StagedLines() {}

  /** Deletes the table's lines staged before ABANDONED_AFTER; `unless` (SQL over alias s, or null) keeps some of them. */
  public static Future<Void> sweepAbandoned(SqlClient client, String table, String unless) {
    return client.query("DELETE FROM " + table + " s WHERE s.staged_at < now() - interval '" + ABANDONED_AFTER + "'"
        + (unless == null ? "" : " AND NOT (" + unless + ")")).execute().mapEmpty();
  }
}

package org.folio.access.circulation.privacy;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.Tuple;

/**
 * The one statement that anonymises closed records, for the repositories of the tables that name patrons:
 * claims up to `limit` rows that still name a patron and were closed at least `days` ago, oldest first,
 * skipping rows other transactions hold (SKIP LOCKED, so instances share the work), and clears patron_id.
 */
public final class ClosedRecords {
  private ClosedRecords() {}

  /**
   * table: schema-qualified; closed: the SQL condition of a closed row; closedAt: the column saying since when.
   * How many rows it anonymised.
   */
  public static Future<Integer> anonymize(SqlClient client, String table, String closed, String closedAt, int days, int limit) {
    return client.preparedQuery("WITH claimed AS (SELECT id FROM " + table + " WHERE " + closed
            + " AND patron_id IS NOT NULL AND " + closedAt + " <= now() - make_interval(days => $1)"
            + " ORDER BY " + closedAt + " LIMIT $2 FOR UPDATE SKIP LOCKED)"
            + " UPDATE " + table + " AS t SET patron_id = NULL, anonymized_at = now() FROM claimed WHERE t.id = claimed.id")
        .execute(Tuple.of(days, limit)).map(SqlResult::rowCount);
  }
}

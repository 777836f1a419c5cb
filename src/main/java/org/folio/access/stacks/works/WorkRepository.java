package org.folio.access.stacks.works;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.folio.access.platform.db.Schemas;

/**
 * stacks_works: one row per work, with the location types, descriptions and access statuses of all its items'
 * locations (kept by `refresh` in the transaction of every item write), for search and aggregations.
 */
public final class WorkRepository {
  /** Creates the work when new; a title given replaces the stored one. */
  public Future<Void> ensure(SqlClient client, String tenant, String workId, String title) {
    return client.preparedQuery("INSERT INTO " + works(tenant) + " AS w (id, title) VALUES ($1, $2)"
            + " ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title WHERE EXCLUDED.title IS NOT NULL")
        .execute(Tuple.of(workId, title)).mapEmpty();
  }

  /** Recomputes the works' arrays and item counts from their items, set-based. */
  public Future<Void> refresh(SqlClient client, String tenant, List<String> workIds) {
    return client.preparedQuery(refreshSql(tenant, "unnest($1::text[])"))
        .execute(Tuple.of(workIds.toArray(String[]::new))).mapEmpty();
  }

  /** The refresh statement over the work ids a set-returning expression yields (also used by imports). */
  public static String refreshSql(String tenant, String workIdSource) {
    String items = Schemas.table(tenant, "stacks_items");
    String locations = " FROM " + items + " i, jsonb_array_elements(i.locations) l WHERE i.work_id = ids.wid";
    return "UPDATE " + works(tenant) + " w SET location_types = s.lt, descriptions = s.ds, access_statuses = s.st,"
        + " item_count = s.n, updated_at = now() FROM (SELECT ids.wid,"
        + " ARRAY(SELECT DISTINCT l->'locationType'->>'id'" + locations + " AND l->'locationType'->>'id' IS NOT NULL) AS lt,"
        + " ARRAY(SELECT DISTINCT l->'description'->>'id'" + locations + " AND l->'description'->>'id' IS NOT NULL) AS ds,"
        + " ARRAY(SELECT DISTINCT c->'status'->>'id'" + locations.replace(" WHERE", ", jsonb_array_elements("
            + "CASE WHEN jsonb_typeof(l->'accessConditions') = 'array' THEN l->'accessConditions' ELSE '[]' END) c WHERE")
        + " AND c->'status'->>'id' IS NOT NULL) AS st,"
        + " (SELECT count(*) FROM " + items + " i WHERE i.work_id = ids.wid) AS n"
        + " FROM (SELECT DISTINCT wid FROM " + workIdSource + " AS wid) ids) s WHERE w.id = s.wid";
  }

  /**
   * One statement: the work, the tenant's requesting rules, and each item with its status, due date,
   * requestability inputs and whether an open request holds it. No row: no such work.
   */
  public Future<RowSet<Row>> availability(SqlClient client, String tenant, String workId) {
    return client.preparedQuery("SELECT w.id AS work_id, i.id, i.status_id, i.status_label,"
            + " " + Schemas.table(tenant, "stacks_iso") + "(i.due_date) AS due_date, i.location_type, i.description,"
            + " i.access_status, i.ils_location_code,"
            + " EXISTS (SELECT 1 FROM " + Schemas.table(tenant, "stacks_requests") + " r WHERE r.item_id = i.id"
            + "   AND r.state = 'open') AS requested,"
            + " s.time_zone, s.opening_days, s.closed_dates, s.cutoff_time, s.remote_locations, s.remote_lead_days,"
            + " s.booking_window_days, now() AS now"
            + " FROM " + works(tenant) + " w CROSS JOIN " + Schemas.table(tenant, "stacks_settings") + " s"
            + " LEFT JOIN " + Schemas.table(tenant, "stacks_items") + " i ON i.work_id = w.id"
            + " WHERE w.id = $1 ORDER BY i.id")
        .execute(Tuple.of(workId));
  }

  static String works(String tenant) {
    return Schemas.table(tenant, "stacks_works");
  }
}

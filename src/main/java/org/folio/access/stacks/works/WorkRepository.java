package org.folio.access.stacks.works;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.folio.access.circulation.Rows;
import org.folio.access.platform.cql.CqlException;
import org.folio.access.platform.cql.CqlField;
import org.folio.access.platform.cql.CqlFields;
import org.folio.access.platform.cql.CqlToSql;
import org.folio.access.platform.cql.SqlFilter;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.db.Schemas;

/**
 * stacks_works: one row per work, with the location types, descriptions and access statuses of all its items'
 * locations (kept by `refresh` in the transaction of every item write), for search and aggregations.
 */
public final class WorkRepository {
  private static final CqlFields FIELDS = CqlFields.of(CqlField.text("id", "w.id"), CqlField.text("title", "w.title"),
      CqlField.number("itemCount", "w.item_count"));

  /** Creates the work when new; a title given replaces the stored one. */
  public Future<Void> ensure(SqlClient client, String tenant, String workId, String title) {
    return client.preparedQuery("INSERT INTO " + works(tenant) + " AS w (id, title) VALUES ($1, $2)"
            + " ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title WHERE EXCLUDED.title IS NOT NULL")
        .execute(Tuple.of(workId, title)).mapEmpty();
  }

  /** Recomputes the works' arrays and item counts from their items, set-based. */
  public Future<Void> refresh(SqlClient client, String tenant, List<String> workIds) {
    return client.preparedQuery(refreshSql(tenant, "SELECT unnest($1::text[])"))
        .execute(Tuple.of(workIds.toArray(String[]::new))).mapEmpty();
  }

  /**
   * New versions for these works, for a writer that took the versions upon itself (`stacks.work_versions` set to
   * 'by-caller' in its transaction, which the item triggers then leave alone): the upsert the triggers call too
   * (`stacks_work_versions_bump`, V067), which locks the version rows in id order.
   */
  public Future<Void> newVersions(SqlClient client, String tenant, List<String> workIds) {
    return client.preparedQuery("SELECT " + Schemas.table(tenant, "stacks_work_versions_bump") + "($1::text[])")
        .execute(Tuple.of(workIds.toArray(String[]::new))).mapEmpty();
  }

  /**
   * The refresh statement over the work ids a query yields (its one column), also used by imports: one pass over each
   * work's items, their locations and access conditions (it was one per array and one for the count).
   */
  public static String refreshSql(String tenant, String workIdSource) {
    return "UPDATE " + works(tenant) + " w SET location_types = s.lt, descriptions = s.ds, access_statuses = s.st,"
        + " item_count = s.n, updated_at = now() FROM (SELECT ids.wid, a.* FROM (SELECT DISTINCT wid FROM (" + workIdSource
        + ") AS src (wid)) ids, LATERAL (SELECT count(DISTINCT i.id) AS n, " + distinctIds("l->'locationType'->>'id'") + " AS lt, "
        + distinctIds("l->'description'->>'id'") + " AS ds, " + distinctIds("c->'status'->>'id'") + " AS st"
        + " FROM " + Schemas.table(tenant, "stacks_items") + " i LEFT JOIN LATERAL jsonb_array_elements(i.locations) l ON true"
        + " LEFT JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(l->'accessConditions') = 'array'"
        + " THEN l->'accessConditions' ELSE '[]' END) c ON true WHERE i.work_id = ids.wid) a) s WHERE w.id = s.wid";
  }

  private static String distinctIds(String id) {
    return "coalesce(array_agg(DISTINCT " + id + ") FILTER (WHERE " + id + " IS NOT NULL), '{}')";
  }

  /**
   * One statement, a few rows: the work and the tenant's requesting rules on each, and the work's items grouped
   * by what their answer depends on (status, due date, requestability inputs, whether an open request holds
   * them), each group with its item ids and their positions in id order. The items come in id order from the
   * (work_id, id) index; grouping makes the answer's size in rows and values the number of distinct states, not
   * of items. One row with null group columns: a work without items; no row: no such work. Each row carries the
   * work's version (stacks_work_versions, 0 before any item write); when it is `knownVersion` (the version of an
   * answer the caller holds; null: none) the items are not read: one row with null group columns (primary key
   * lookups of the work, its version and the settings' one row).
   */
  public Future<RowSet<Row>> availability(SqlClient client, String tenant, String workId, Long knownVersion) {
    return client.preparedQuery("SELECT w.id AS work_id, coalesce(v.version, 0) AS version, s.time_zone, s.opening_days, s.closed_dates, s.cutoff_time,"
            + " s.remote_locations, s.remote_lead_days, s.booking_window_days, now() AS now, g.*"
            + " FROM " + works(tenant) + " w LEFT JOIN " + Schemas.table(tenant, "stacks_work_versions") + " v ON v.work_id = w.id"
            + " CROSS JOIN " + Schemas.table(tenant, "stacks_settings") + " s"
            + " LEFT JOIN LATERAL (SELECT i.status_id, i.status_label, " + Schemas.table(tenant, "stacks_iso") + "(i.due_date)"
            + "   AS due_date, i.location_type, i.description, i.access_status, i.ils_location_code, i.requested,"
            + "   array_agg(i.id) AS ids, array_agg(i.position) AS positions"
            + "   FROM (SELECT i.id, i.status_id, i.status_label, i.due_date, i.location_type, i.description, i.access_status,"
            + "     i.ils_location_code, row_number() OVER (ORDER BY i.id)::int - 1 AS position,"
            + "     EXISTS (SELECT 1 FROM " + Schemas.table(tenant, "stacks_requests") + " r WHERE r.item_id = i.id"
            + "       AND r.state = 'open') AS requested"
            + "     FROM " + Schemas.table(tenant, "stacks_items") + " i WHERE i.work_id = w.id"
            + "     AND coalesce(v.version, 0) <> $2::bigint) i"
            + "   GROUP BY i.status_id, i.status_label, i.due_date, i.location_type, i.description, i.access_status,"
            + "   i.ils_location_code, i.requested) g ON true"
            + " WHERE w.id = $1")
        .execute(Tuple.of(workId, knownVersion == null ? -1L : knownVersion));
  }

  /**
   * Creates or updates the works of an import's staged bib records (the last line of a bib wins), writing only
   * works whose title or bib locations differ; how many bibs the file has.
   */
  public Future<Integer> mergeStaged(SqlClient client, String tenant, java.util.UUID importId) {
    return client.preparedQuery("WITH bibs AS (SELECT DISTINCT ON (work_id) work_id, title, location_codes FROM "
            + Schemas.table(tenant, "stacks_import_bibs") + " WHERE import_id = $1 ORDER BY work_id, line_no DESC),"
            + " merged AS (INSERT INTO " + works(tenant) + " AS w (id, title, ils_bib_locations)"
            + " SELECT b.work_id, b.title, b.location_codes FROM bibs b LEFT JOIN " + works(tenant) + " e ON e.id = b.work_id"
            + " WHERE e.id IS NULL OR (e.title, e.ils_bib_locations) IS DISTINCT FROM (b.title, b.location_codes)"
            + " ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, ils_bib_locations = EXCLUDED.ils_bib_locations,"
            + " updated_at = now() RETURNING 1) SELECT (SELECT count(*) FROM bibs) AS bibs, (SELECT count(*) FROM merged) AS written")
        .execute(Tuple.of(importId)).map(rows -> rows.iterator().next().getLong("bibs").intValue());
  }

  /** A page of matching works (id, title, item documents as JSON text) and the counts (total and aggregations). */
  public record Found(List<Row> page, List<Row> counts) {}

  /** Two statements: the page, then the total with the aggregations' counts over the whole result. */
  public Future<Found> search(SqlClient client, String tenant, WorkSearch search) {
    SqlFilter filter;
    try {
      filter = CqlToSql.translate(search.cql() == null || search.cql().isBlank() ? "cql.allRecords=1" : search.cql(), FIELDS, 1);
    } catch (CqlException e) {
      return Future.failedFuture(ApiError.badRequest("INVALID_QUERY", "Invalid CQL query: " + e.getMessage(), "query",
          search.cql()));
    }
    List<Object> params = new ArrayList<>(filter.params());
    StringBuilder where = new StringBuilder("(" + filter.where() + ")");
    search.filters().forEach((name, values) -> {
      params.add(values.toArray(String[]::new));
      where.append(" AND w.").append(WorkSearch.COLUMNS.get(name)).append(" && $").append(params.size()).append("::text[]");
    });
    String order = filter.orderBy().isEmpty() ? "w.id" : filter.orderBy() + ", w.id";
    String page = "SELECT w.id, w.title, coalesce((SELECT jsonb_agg(" + Schemas.table(tenant, "stacks_item_doc") + "(i) ORDER BY i.id)"
        + " FROM " + Schemas.table(tenant, "stacks_items") + " i WHERE i.work_id = w.id), '[]')::text AS items"
        + " FROM " + works(tenant) + " w WHERE " + where + " ORDER BY " + order
        + " LIMIT " + search.limit() + " OFFSET " + search.offset();
    StringBuilder counts = new StringBuilder("WITH hits AS (SELECT location_types, descriptions, access_statuses FROM "
        + works(tenant) + " w WHERE " + where + ") SELECT 'total' AS agg, NULL::text AS v, count(*) AS n FROM hits");
    for (String name : search.aggregations()) {
      counts.append(" UNION ALL (SELECT '").append(name).append("', v, count(*) FROM hits, unnest(hits.")
          .append(WorkSearch.COLUMNS.get(name)).append(") v GROUP BY v ORDER BY count(*) DESC, v)");
    }
    Tuple tuple = Tuple.wrap(params);
    return client.preparedQuery(page).execute(tuple).compose(rows -> client.preparedQuery(counts.toString()).execute(tuple)
        .map(n -> new Found(Rows.each(rows, r -> r), Rows.each(n, r -> r))));
  }

  static String works(String tenant) {
    return Schemas.table(tenant, "stacks_works");
  }
}

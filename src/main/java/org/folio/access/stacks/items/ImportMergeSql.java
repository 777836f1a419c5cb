package org.folio.access.stacks.items;

import org.folio.access.platform.db.Schemas;

/**
 * The statement that maps staged Sierra item lines through the tenant's tables and merges them into stacks_items:
 * only items that are new or whose mapped record differs from the stored one are written (an unchanged re-import
 * writes nothing); it answers the counts, the rejected lines and the works whose items changed (moved items'
 * former works included), for their refresh. The location document is built once per distinct mapping input (the
 * description rule's lateral is memoized) and only the shelfmark added per item: building it whole per item was
 * the statement's largest cost. Works and stored items are looked up row by row (LATERAL .. OFFSET 0:
 * an index probe each, whatever the estimates), never by a scan of the whole table per range.
 */
final class ImportMergeSql {
  private ImportMergeSql() {}

  static String items(String tenant) {
    String staged = Schemas.table(tenant, "stacks_import_items");
    return "WITH src AS (SELECT s.*, w.ils_bib_locations AS codes, (w.id IS NOT NULL) AS known FROM " + staged + " s"
        + "   LEFT JOIN LATERAL (SELECT w.id, w.ils_bib_locations FROM " + Schemas.table(tenant, "stacks_works") + " w"
        + "   WHERE w.id = s.work_id OFFSET 0) w ON true"
        + "   WHERE s.import_id = $1 AND s.line_no BETWEEN $2 AND $3),"
        + " typed AS (SELECT src.*, t.location_type, t.code AS type_code FROM src LEFT JOIN LATERAL ("
        + "   SELECT m.location_type, c.code FROM unnest(src.codes) WITH ORDINALITY AS c (code, ord)"
        + "   JOIN " + Schemas.table(tenant, "stacks_location_type_mappings") + " m ON m.ils_code = c.code"
        + "   ORDER BY (m.location_type = 'online'), c.ord LIMIT 1) t ON true),"
        + " described AS (SELECT typed.*, d.* FROM typed LEFT JOIN LATERAL (SELECT r.description_id, r.access_status,"
        + "   jsonb_strip_nulls(jsonb_build_object("
        + "     'locationType', jsonb_build_object('id', typed.location_type, 'label', " + LABEL + ", 'type', 'LocationType'),"
        + "     'description', CASE WHEN r.description_id IS NOT NULL"
        + "       THEN jsonb_build_object('id', r.description_id, 'label', r.description_label, 'type', 'LocationDescription')"
        + "       WHEN typed.location_code IS NOT NULL THEN jsonb_build_object('id', typed.location_code, 'label',"
        + "         coalesce(typed.location_name, typed.location_code), 'type', 'LocationDescription') END,"
        + "     'accessConditions', CASE WHEN r.access_status IS NOT NULL THEN jsonb_build_array(jsonb_build_object("
        + "       'status', jsonb_build_object('id', r.access_status, 'label', initcap(replace(r.access_status, '-', ' ')),"
        + "       'type', 'AccessStatus'), 'type', 'AccessCondition')) END,"
        + "     'type', 'Location')) AS place"
        + "   FROM (VALUES (1)) one LEFT JOIN (SELECT * FROM " + Schemas.table(tenant, "stacks_description_mappings") + " d"
        + "   WHERE d.location_type = typed.location_type"
        + "   AND (d.ils_location IS NULL OR d.ils_location = typed.location_code OR d.ils_location = typed.type_code)"
        + "   AND (d.opac_message IS NULL OR d.opac_message = typed.opac_message) ORDER BY d.position LIMIT 1) r ON true OFFSET 0) d ON true),"
        + " good AS (SELECT DISTINCT ON (item_id) * FROM described WHERE known AND location_type IS NOT NULL"
        + "   ORDER BY item_id, line_no DESC),"
        + " mapped AS (SELECT item_id, work_id, copy, jsonb_build_array(CASE WHEN shelfmark IS NULL THEN place"
        + "     ELSE place || jsonb_build_object('shelfmark', shelfmark) END) AS locations,"
        + "     record_number, location_code, location_name, opac_message, status_code, status_label, due_date FROM good),"
        + " changed AS (SELECT m.*, e.work_id AS old_work_id FROM mapped m LEFT JOIN LATERAL (SELECT * FROM "
        + ItemRepository.items(tenant) + " e WHERE e.id = m.item_id OFFSET 0) e ON true WHERE e.id IS NULL OR (e.work_id, e.copy, e.locations, e.ils_record_number,"
        + "   e.ils_location_code, e.ils_location_name, e.opac_message, e.status_id, e.status_label, e.due_date)"
        + "   IS DISTINCT FROM (m.work_id, m.copy, m.locations, m.record_number, m.location_code, m.location_name,"
        + "   m.opac_message, m.status_code, m.status_label, m.due_date)),"
        + " upserted AS (INSERT INTO " + ItemRepository.items(tenant) + " AS i (id, work_id, copy, locations, ils_record_number,"
        + "   ils_location_code, ils_location_name, opac_message, status_id, status_label, due_date)"
        + "   SELECT item_id, work_id, copy, locations, record_number, location_code, location_name, opac_message, status_code,"
        + "   status_label, due_date FROM changed"
        + "   ON CONFLICT (id) DO UPDATE SET work_id = EXCLUDED.work_id, copy = EXCLUDED.copy, locations = EXCLUDED.locations,"
        + "   ils_record_number = EXCLUDED.ils_record_number, ils_location_code = EXCLUDED.ils_location_code,"
        + "   ils_location_name = EXCLUDED.ils_location_name, opac_message = EXCLUDED.opac_message,"
        + "   status_id = EXCLUDED.status_id, status_label = EXCLUDED.status_label, due_date = EXCLUDED.due_date, updated_at = now()"
        + "   RETURNING (xmax = 0) AS created, work_id)"
        + " SELECT (SELECT count(*) FILTER (WHERE created) FROM upserted) AS created,"
        + " (SELECT count(*) FILTER (WHERE NOT created) FROM upserted) AS updated,"
        + " (SELECT count(*) FROM mapped) - (SELECT count(*) FROM upserted) AS unchanged,"
        + " ARRAY(SELECT work_id FROM upserted UNION SELECT old_work_id FROM changed WHERE old_work_id <> work_id) AS works,"
        + " (SELECT count(*) FROM described WHERE NOT known OR location_type IS NULL) AS rejected_count,"
        + " (SELECT coalesce(jsonb_agg(jsonb_build_object('line', line_no, 'reason', CASE WHEN NOT known"
        + "   THEN 'bib ' || substr(work_id, 2) || ' is not known' ELSE 'the bib locations map to no location type' END)"
        + "   ORDER BY line_no), '[]'::jsonb)::text FROM (SELECT * FROM described WHERE NOT known OR location_type IS NULL"
        + "   ORDER BY line_no LIMIT 1000) bad) AS rejected";
  }

  /** The label of the location type of a staged line. */
  private static final String LABEL = "CASE typed.location_type WHEN 'open-shelves' THEN 'Open shelves' WHEN 'closed-stores'"
      + " THEN 'Closed stores' WHEN 'online' THEN 'Online' ELSE 'On exhibition' END";
}

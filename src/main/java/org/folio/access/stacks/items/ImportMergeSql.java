package org.folio.access.stacks.items;

import org.folio.access.platform.db.Schemas;

/** The statement that maps staged Sierra item lines through the tenant's tables and merges them into stacks_items. */
final class ImportMergeSql {
  private ImportMergeSql() {}

  static String items(String tenant) {
    String staged = Schemas.table(tenant, "stacks_import_items");
    return "WITH src AS (SELECT s.*, w.ils_bib_locations AS codes, (w.id IS NOT NULL) AS known FROM " + staged + " s"
        + "   LEFT JOIN " + Schemas.table(tenant, "stacks_works") + " w ON w.id = s.work_id"
        + "   WHERE s.import_id = $1 AND s.line_no BETWEEN $2 AND $3),"
        + " typed AS (SELECT src.*, t.location_type, t.code AS type_code FROM src LEFT JOIN LATERAL ("
        + "   SELECT m.location_type, c.code FROM unnest(src.codes) WITH ORDINALITY AS c (code, ord)"
        + "   JOIN " + Schemas.table(tenant, "stacks_location_type_mappings") + " m ON m.ils_code = c.code"
        + "   ORDER BY (m.location_type = 'online'), c.ord LIMIT 1) t ON true),"
        + " described AS (SELECT typed.*, d.description_id, d.description_label, d.access_status FROM typed LEFT JOIN LATERAL ("
        + "   SELECT * FROM " + Schemas.table(tenant, "stacks_description_mappings") + " d WHERE d.location_type = typed.location_type"
        + "   AND (d.ils_location IS NULL OR d.ils_location = typed.location_code OR d.ils_location = typed.type_code)"
        + "   AND (d.opac_message IS NULL OR d.opac_message = typed.opac_message) ORDER BY d.position LIMIT 1) d ON true),"
        + " good AS (SELECT DISTINCT ON (item_id) * FROM described WHERE known AND location_type IS NOT NULL"
        + "   ORDER BY item_id, line_no DESC),"
        + " upserted AS (INSERT INTO " + ItemRepository.items(tenant) + " AS i (id, work_id, copy, locations, ils_record_number,"
        + "   ils_location_code, ils_location_name, opac_message, status_id, status_label, due_date)"
        + "   SELECT item_id, work_id, copy, jsonb_build_array(jsonb_strip_nulls(jsonb_build_object("
        + "     'locationType', jsonb_build_object('id', location_type, 'label', " + LABEL + ", 'type', 'LocationType'),"
        + "     'description', CASE WHEN description_id IS NOT NULL"
        + "       THEN jsonb_build_object('id', description_id, 'label', description_label, 'type', 'LocationDescription')"
        + "       WHEN location_code IS NOT NULL THEN jsonb_build_object('id', location_code, 'label',"
        + "         coalesce(location_name, location_code), 'type', 'LocationDescription') END,"
        + "     'shelfmark', shelfmark,"
        + "     'accessConditions', CASE WHEN access_status IS NOT NULL THEN jsonb_build_array(jsonb_build_object("
        + "       'status', jsonb_build_object('id', access_status, 'label', initcap(replace(access_status, '-', ' ')),"
        + "       'type', 'AccessStatus'), 'type', 'AccessCondition')) END,"
        + "     'type', 'Location'))),"
        + "     record_number, location_code, location_name, opac_message, status_code, status_label, due_date FROM good"
        + "   ON CONFLICT (id) DO UPDATE SET work_id = EXCLUDED.work_id, copy = EXCLUDED.copy, locations = EXCLUDED.locations,"
        + "   ils_record_number = EXCLUDED.ils_record_number, ils_location_code = EXCLUDED.ils_location_code,"
        + "   ils_location_name = EXCLUDED.ils_location_name, opac_message = EXCLUDED.opac_message,"
        + "   status_id = EXCLUDED.status_id, status_label = EXCLUDED.status_label, due_date = EXCLUDED.due_date, updated_at = now()"
        + "   RETURNING (xmax = 0) AS created)"
        + " SELECT (SELECT count(*) FILTER (WHERE created) FROM upserted) AS created,"
        + " (SELECT count(*) FILTER (WHERE NOT created) FROM upserted) AS updated,"
        + " (SELECT count(*) FROM described WHERE NOT known OR location_type IS NULL) AS rejected_count,"
        + " (SELECT coalesce(jsonb_agg(jsonb_build_object('line', line_no, 'reason', CASE WHEN NOT known"
        + "   THEN 'bib ' || substr(work_id, 2) || ' is not known' ELSE 'the bib locations map to no location type' END)"
        + "   ORDER BY line_no), '[]'::jsonb)::text FROM (SELECT * FROM described WHERE NOT known OR location_type IS NULL"
        + "   ORDER BY line_no LIMIT 1000) bad) AS rejected";
  }

  /** The label of a location type. */
  private static final String LABEL = "CASE location_type WHEN 'open-shelves' THEN 'Open shelves' WHEN 'closed-stores'"
      + " THEN 'Closed stores' WHEN 'online' THEN 'Online' ELSE 'On exhibition' END";
}

package org.folio.access.eholdings.common.query;

import java.util.List;
import java.util.Locale;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.platform.db.Schemas;

/** Conditions shared by the searches: tags (any of), access types (by name, any of). */
public final class RecordFilters {
  private RecordFilters() {}

  /** The record, whose interface id is idExpression, has one of the tags. */
  public static String tagged(String tenant, RecordType type, String idExpression, List<String> tags, SqlParams params) {
    return "EXISTS (SELECT 1 FROM " + Schemas.table(tenant, "record_tags") + " tg WHERE tg.record_type = '"
        + type.column() + "' AND tg.record_id = " + idExpression + " AND tg.tag = ANY(" + params.bind(array(tags)) + "))";
  }

  /** The access type column points at one of the access types named. */
  public static String accessTypeNamed(String tenant, String column, List<String> names, SqlParams params) {
    String[] lower = names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    return column + " IN (SELECT id FROM " + Schemas.table(tenant, "access_types") + " WHERE lower(name) = ANY("
        + params.bind(lower) + "))";
  }

  public static boolean given(List<String> values) {
    return values != null && values.stream().anyMatch(v -> v != null && !v.isBlank());
  }

  private static String[] array(List<String> values) {
    return values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toArray(String[]::new);
  }
}

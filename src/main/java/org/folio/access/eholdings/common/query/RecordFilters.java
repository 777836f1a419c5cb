package org.folio.access.eholdings.common.query;

import java.util.List;
import org.folio.access.eholdings.common.accesstypes.AccessTypeRepository;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.eholdings.common.tags.TagRepository;

/** Conditions shared by the searches: tags (any of), access types (by name, any of); the SQL is their tables' repositories'. */
public final class RecordFilters {
  private RecordFilters() {}

  /** The record, whose interface id is idExpression, has one of the tags. */
  public static String tagged(String tenant, RecordType type, String idExpression, List<String> tags, SqlParams params) {
    return TagRepository.taggedSql(tenant, type, idExpression, tags, params);
  }

  /** The access type column points at one of the access types named. */
  public static String accessTypeNamed(String tenant, String column, List<String> names, SqlParams params) {
    return AccessTypeRepository.namedSql(tenant, column, names, params);
  }

  public static boolean given(List<String> values) {
    return values != null && values.stream().anyMatch(v -> v != null && !v.isBlank());
  }
}

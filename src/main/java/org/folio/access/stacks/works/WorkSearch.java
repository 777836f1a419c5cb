package org.folio.access.stacks.works;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.folio.access.platform.errors.ApiError;

/**
 * A works search as asked: CQL on the work, filters on its items' locations (column -> any of the values) and the
 * aggregations wanted, in the order asked.
 */
public record WorkSearch(String cql, Map<String, List<String>> filters, List<String> aggregations, long offset, long limit) {
  /** Filter and aggregation names -> the stacks_works array column that holds their values. */
  static final Map<String, String> COLUMNS = Map.of("locationType", "location_types", "description", "descriptions",
      "accessStatus", "access_statuses");

  public static WorkSearch of(String cql, String locationType, String description, String accessStatus, String aggregations,
      long offset, long limit) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filter(filters, "locationType", locationType);
    filter(filters, "description", description);
    filter(filters, "accessStatus", accessStatus);
    List<String> wanted = new ArrayList<>();
    for (String name : values(aggregations)) {
      if (!COLUMNS.containsKey(name)) {
        throw ApiError.badRequest("INVALID_AGGREGATION", "aggregations may name locationType, description and accessStatus",
            "aggregations", aggregations);
      }
      if (!wanted.contains(name)) {
        wanted.add(name);
      }
    }
    return new WorkSearch(cql, filters, wanted, offset, limit);
  }

  private static void filter(Map<String, List<String>> filters, String name, String value) {
    List<String> values = values(value);
    if (!values.isEmpty()) {
      filters.put(name, values);
    }
  }

  private static List<String> values(String list) {
    return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
  }
}

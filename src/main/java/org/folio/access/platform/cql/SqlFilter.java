package org.folio.access.platform.cql;

import java.util.List;
import java.util.Objects;

/**
 * The SQL translation of a CQL query.
 *
 * @param where a boolean SQL expression, never empty ({@code TRUE} for cql.allRecords=1)
 * @param orderBy "" without sortBy, else for example {@code lower(jsonb->>'name') ASC} (without
 *     the ORDER BY keyword)
 * @param params the values of the placeholders {@code $firstPlaceholder},
 *     {@code $firstPlaceholder+1}, ... in order
 */
public record SqlFilter(String where, String orderBy, List<Object> params) {

  public SqlFilter {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(orderBy, "orderBy");
    params = List.copyOf(params);
  }
}

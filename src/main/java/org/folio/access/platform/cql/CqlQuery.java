package org.folio.access.platform.cql;

import java.util.List;
import java.util.Objects;

/** A parsed CQL query: the search tree and the sortBy keys (empty without sortBy). */
record CqlQuery(CqlNode root, List<SortKey> sortKeys) {

  CqlQuery {
    Objects.requireNonNull(root);
    sortKeys = List.copyOf(sortKeys);
  }

  /**
   * One sortBy key; position is its 1-based character position in the query; modifiers say how
   * to compare ({@code /string}, {@code /number}, case and accents); missingLow puts records
   * without the field first in ascending order ({@code /sort.missingLow}).
   */
  record SortKey(String index, boolean descending, CqlModifiers modifiers, boolean missingLow,
      int position) {
    SortKey {
      Objects.requireNonNull(index);
      Objects.requireNonNull(modifiers);
    }

    SortKey(String index, boolean descending, int position) {
      this(index, descending, CqlModifiers.NONE, false, position);
    }
  }
}

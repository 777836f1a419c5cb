package org.folio.access.platform.cql;

import java.util.List;
import java.util.Objects;

/** A parsed CQL query: the search tree and the sortBy keys (empty without sortBy). */
record CqlQuery(CqlNode root, List<SortKey> sortKeys) {

  CqlQuery {
    Objects.requireNonNull(root);
    sortKeys = List.copyOf(sortKeys);
  }

  /** One sortBy key; position is its 1-based character position in the query. */
  record SortKey(String index, boolean descending, int position) {
    SortKey {
      Objects.requireNonNull(index);
    }
  }
}

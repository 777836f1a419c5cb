package org.folio.access.platform.cql;

import java.util.ArrayList;
import java.util.List;

/** Translates sortBy keys into an ORDER BY list (without the keyword). */
final class OrderByTranslator {

  private OrderByTranslator() {
  }

  static String translate(List<CqlQuery.SortKey> keys, CqlFields fields) throws CqlException {
    List<String> parts = new ArrayList<>();
    for (CqlQuery.SortKey key : keys) {
      CqlField field = fields.resolve(key.index());
      ClauseTranslator.checkComparedAs(field, key.modifiers().as(), "sortBy");
      String direction = key.descending() ? " DESC" : " ASC";
      String nulls = key.missingLow() ? (key.descending() ? " NULLS LAST" : " NULLS FIRST") : "";
      String sortable = SqlExpressions.sortable(field, key.modifiers());
      if (field.elementsFrom() != null) {
        sortable = "(SELECT min(" + sortable + ") FROM " + field.elementsFrom() + ")";
      }
      parts.add(sortable + direction + nulls);
    }
    return String.join(", ", parts);
  }
}

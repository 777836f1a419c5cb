package org.folio.access.platform.cql;

/** SQL snippets that depend only on a field's type. */
final class SqlExpressions {

  private SqlExpressions() {
  }

  /**
   * The field's expression as its SQL type: {@code (expr)::uuid}, {@code ::numeric},
   * {@code ::timestamptz} or {@code ::boolean}; TEXT expressions stay as they are. Casting a
   * column that already has the type is a no-op and keeps its indexes usable.
   */
  static String typed(CqlField field) {
    String sql = field.sqlExpression();
    return switch (field.type()) {
      case TEXT -> sql;
      case UUID -> "(" + sql + ")::uuid";
      case NUMBER -> "(" + sql + ")::numeric";
      case DATE_TIME -> "(" + sql + ")::timestamptz";
      case BOOLEAN -> "(" + sql + ")::boolean";
    };
  }

  /** What ORDER BY sorts on: lower(expr) for TEXT, else the typed expression. */
  static String sortable(CqlField field) {
    return field.type() == CqlType.TEXT ? lower(field.sqlExpression()) : typed(field);
  }

  static String lower(String sql) {
    return "lower(" + sql + ")";
  }

  /** The type's name as shown to people. */
  static String label(CqlType type) {
    return switch (type) {
      case TEXT -> "text";
      case UUID -> "UUID";
      case NUMBER -> "number";
      case DATE_TIME -> "date-time";
      case BOOLEAN -> "boolean";
    };
  }
}

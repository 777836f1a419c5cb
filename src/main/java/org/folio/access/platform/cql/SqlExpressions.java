package org.folio.access.platform.cql;

/** SQL snippets that depend only on a field's type and a clause's modifiers. */
final class SqlExpressions {

  /** A text that PostgreSQL can cast to numeric (what /number compares on a TEXT field). */
  private static final String NUMERIC_TEXT =
      "'^[[:space:]]*[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?[[:space:]]*$'";

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

  /**
   * What ORDER BY sorts on: for TEXT the expression folded as the modifiers say (by default
   * {@code lower(public.unaccent(expr))}; a keyword field's column as it is), else the typed
   * expression. /number and /string change the type first.
   */
  static String sortable(CqlField field, CqlModifiers modifiers) {
    CqlField compared = comparedAs(field, modifiers.as());
    if (compared.type() != CqlType.TEXT) {
      return typed(compared);
    }
    return compared.keyword() ? compared.sqlExpression()
        : folded(compared.sqlExpression(), modifiers);
  }

  /**
   * The field seen as /number or /string asks: a TEXT field compared as a number (values that
   * are not numbers count as missing), any other field compared as its text.
   */
  static CqlField comparedAs(CqlField field, CqlModifiers.As as) {
    if (as == CqlModifiers.As.STRING && field.type() != CqlType.TEXT) {
      return CqlField.text(field.name(), "(" + field.sqlExpression() + ")::text");
    }
    if (as == CqlModifiers.As.NUMBER && field.type() == CqlType.TEXT) {
      String sql = field.sqlExpression();
      return CqlField.number(field.name(),
          "CASE WHEN " + sql + " ~ " + NUMERIC_TEXT + " THEN (" + sql + ")::numeric END");
    }
    return field;
  }

  /**
   * The expression with the case and accent folding the modifiers ask for (by default both:
   * {@code lower(public.unaccent(expr))}).
   */
  static String folded(String sql, CqlModifiers modifiers) {
    String unaccented = modifiers.respectAccents() ? sql : unaccent(sql);
    return modifiers.respectCase() ? unaccented : lower(unaccented);
  }

  static String lower(String sql) {
    return "lower(" + sql + ")";
  }

  /** The unaccent extension's function, schema-qualified so any search_path finds it. */
  static String unaccent(String sql) {
    return "public.unaccent(" + sql + ")";
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

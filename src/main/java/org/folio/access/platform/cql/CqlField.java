package org.folio.access.platform.cql;

import java.util.Objects;

/**
 * A searchable field: the CQL index name, the SQL expression that yields it (for example
 * {@code jsonb->>'status'} or a real column {@code patron_id}) and its type.
 *
 * <p>The SQL expression is written by the developer and is pasted into the generated SQL as it
 * is; it must never come from a request.
 */
public record CqlField(String name, String sqlExpression, CqlType type) {

  public CqlField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sqlExpression, "sqlExpression");
    Objects.requireNonNull(type, "type");
    if (name.isBlank() || sqlExpression.isBlank()) {
      throw new IllegalArgumentException("A CQL field needs a non-blank name and SQL expression");
    }
  }

  public static CqlField text(String name, String sql) {
    return new CqlField(name, sql, CqlType.TEXT);
  }

  public static CqlField uuid(String name, String sql) {
    return new CqlField(name, sql, CqlType.UUID);
  }

  public static CqlField number(String name, String sql) {
    return new CqlField(name, sql, CqlType.NUMBER);
  }

  public static CqlField dateTime(String name, String sql) {
    return new CqlField(name, sql, CqlType.DATE_TIME);
  }

  public static CqlField bool(String name, String sql) {
    return new CqlField(name, sql, CqlType.BOOLEAN);
  }
}

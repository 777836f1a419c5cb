package org.folio.access.platform.cql;

import java.util.Objects;

/**
 * A searchable field: the CQL index name, the SQL expression that yields it (for example
 * {@code jsonb->>'status'} or a real column {@code patron_id}) and its type.
 *
 * <p>The SQL expression is written by the developer and is pasted into the generated SQL as it
 * is; it must never come from a request.
 *
 * <p>{@code keyword} marks a TEXT field whose stored values are already lower-case and without
 * accents (codes, statuses, identifiers such as {@code open} or {@code 19-1234-56}): case and
 * accent folding then applies to the term only, so that {@code ==} compares the column itself and
 * a plain b-tree index on it serves the query. The results are the same as for a TEXT field.
 */
public record CqlField(String name, String sqlExpression, CqlType type, boolean keyword, String elementsFrom) {

  /** A field whose values are not known to be folded (see {@link #keyword}). */
  public CqlField(String name, String sqlExpression, CqlType type) {
    this(name, sqlExpression, type, false, null);
  }

  /** A field of one value per record. */
  public CqlField(String name, String sqlExpression, CqlType type, boolean keyword) {
    this(name, sqlExpression, type, keyword, null);
  }

  public CqlField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sqlExpression, "sqlExpression");
    Objects.requireNonNull(type, "type");
    if (name.isBlank() || sqlExpression.isBlank()) {
      throw new IllegalArgumentException("A CQL field needs a non-blank name and SQL expression");
    }
    if (keyword && type != CqlType.TEXT) {
      throw new IllegalArgumentException("Only a TEXT field can be a keyword field: " + name);
    }
  }

  public static CqlField text(String name, String sql) {
    return new CqlField(name, sql, CqlType.TEXT);
  }

  /**
   * A TEXT field whose stored values are lower-case without accents (codes, statuses, ids), so
   * that {@code ==} can use a plain index on the column; see {@link #keyword}.
   */
  public static CqlField keyword(String name, String sql) {
    return new CqlField(name, sql, CqlType.TEXT, true);
  }

  /**
   * A TEXT field of several values per record: {@code elementsFrom} is a FROM item (a set-returning
   * expression with its alias, such as {@code jsonb_path_query(doc, '$[*].code') AS e(j)}) and
   * {@code sqlExpression} one element's value ({@code e.j #>> '{}'}). A clause matches a record
   * when any of its values matches; sorting uses the least value.
   */
  public static CqlField anyOf(String name, String elementsFrom, String sql) {
    return new CqlField(name, sql, CqlType.TEXT, false, Objects.requireNonNull(elementsFrom, "elementsFrom"));
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

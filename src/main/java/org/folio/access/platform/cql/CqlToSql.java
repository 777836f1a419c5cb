package org.folio.access.platform.cql;

import java.util.Objects;

/**
 * Translates a CQL query into a parameterised PostgreSQL WHERE expression and ORDER BY list over
 * the fields a table allows. Every value from the query is bound as a parameter; the SQL text
 * contains only the fields' developer-written SQL expressions, operators and placeholders.
 *
 * <p>Semantics worth knowing: TEXT {@code =}/{@code adj} are case-insensitive and {@code ==} is
 * case-sensitive; {@code *} and {@code ?} wildcards become LIKE patterns; {@code field = ""}
 * means "field present"; {@code <>} uses IS DISTINCT FROM, so records without the field match
 * it; {@code a NOT b} becomes {@code (a AND NOT (b))}, which (SQL three-valued logic) does not
 * match records where b's field is missing; non-TEXT fields are compared as
 * {@code (expr)::uuid|numeric|timestamptz|boolean}.
 */
public final class CqlToSql {

  private CqlToSql() {
  }

  /**
   * Parses and translates {@code cql}.
   *
   * @param cql the query, at most 10,000 characters and 50 levels of parentheses
   * @param fields the fields the query may use
   * @param firstPlaceholder the number of the first placeholder ({@code $firstPlaceholder}), at
   *     least 1, so callers can put their own parameters first
   * @throws CqlException if the query is invalid or uses a field, relation or value that is not
   *     allowed
   */
  public static SqlFilter translate(String cql, CqlFields fields, int firstPlaceholder)
      throws CqlException {
    Objects.requireNonNull(fields, "fields");
    if (firstPlaceholder < 1) {
      throw new IllegalArgumentException("firstPlaceholder must be at least 1: " + firstPlaceholder);
    }
    CqlQuery query = CqlParser.parse(cql);
    SqlParams params = new SqlParams(firstPlaceholder);
    String where = new WhereTranslator(fields, params).translate(query.root());
    String orderBy = OrderByTranslator.translate(query.sortKeys(), fields);
    return new SqlFilter(where, orderBy, params.values());
  }
}

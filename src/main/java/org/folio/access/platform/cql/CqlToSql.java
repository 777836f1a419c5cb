package org.folio.access.platform.cql;

import java.util.Objects;

/**
 * Translates a CQL query into a parameterised PostgreSQL WHERE expression and ORDER BY list over
 * the fields a table allows. Every value from the query is bound as a parameter; the SQL text
 * contains only the fields' developer-written SQL expressions, operators and placeholders.
 *
 * <p>Semantics, after FOLIO's CQL2PgJSON: on TEXT fields {@code =} and {@code adj} match the
 * term's words as a phrase of whole words, {@code all}/{@code any} every/some word, {@code ==} the
 * whole value, all ignoring case and accents unless {@code /respectCase} or {@code /respectAccents}
 * say otherwise; {@code *} and {@code ?} are wildcards, {@code \*}, {@code \?}, {@code \"},
 * {@code \\} literal. No relation matches a record without the field, and {@code a NOT b}
 * keeps records where b's field is missing. {@code field = ""} means "present",
 * {@code field == ""} "empty". UUID fields: an invalid UUID matches nothing ({@code <>}:
 * everything), a trailing {@code *} is a prefix range. {@code field==(a or b)} is a list of
 * terms. Non-TEXT fields are compared as {@code (expr)::uuid|numeric|timestamptz|boolean}.
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

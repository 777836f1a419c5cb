package org.folio.access.platform.cql;

import static org.folio.access.platform.cql.SqlExpressions.lower;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL conditions for TEXT fields. {@code =} and {@code adj} compare case-insensitively, {@code ==}
 * case-sensitively; terms with wildcards become LIKE patterns (backslash is LIKE's default escape
 * character in PostgreSQL).
 *
 * <p>NULL behaviour: {@code <>} uses IS DISTINCT FROM, so records without the field DO match
 * {@code field <> x} ("not x" includes "absent"). All other relations never match a record
 * without the field.
 */
final class TextConditions {

  private final SqlParams params;

  TextConditions(SqlParams params) {
    this.params = params;
  }

  String condition(CqlField field, CqlRelation relation, CqlTerm term) throws CqlException {
    String sql = field.sqlExpression();
    return switch (relation) {
      case EQ, ADJ -> term.isEmpty() ? sql + " IS NOT NULL" : caseInsensitive(sql, term);
      case EXACT -> caseSensitive(sql, term);
      case NOT_EQ -> notEqual(sql, term);
      case ALL -> words(field, relation, term, " AND ");
      case ANY -> words(field, relation, term, " OR ");
      case LT, GT, LE, GE -> ordering(field, relation, term);
    };
  }

  private String caseInsensitive(String sql, CqlTerm term) {
    if (term.hasWildcards()) {
      return lower(sql) + " LIKE " + lower(params.add(term.likePattern()));
    }
    return lower(sql) + " = " + lower(params.add(term.literal()));
  }

  private String caseSensitive(String sql, CqlTerm term) {
    if (term.hasWildcards()) {
      return sql + " LIKE " + params.add(term.likePattern());
    }
    return sql + " = " + params.add(term.literal());
  }

  private String notEqual(String sql, CqlTerm term) {
    if (term.hasWildcards()) {
      String placeholder = params.add(term.likePattern());
      return "(" + sql + " IS NULL OR " + lower(sql) + " NOT LIKE " + lower(placeholder) + ")";
    }
    return lower(sql) + " IS DISTINCT FROM " + lower(params.add(term.literal()));
  }

  /** all/any: every (any) word must occur somewhere in the value, case-insensitively. */
  private String words(CqlField field, CqlRelation relation, CqlTerm term, String joiner)
      throws CqlException {
    List<CqlTerm> words = term.words();
    if (words.isEmpty()) {
      throw new CqlException("The relation '" + relation.symbol() + "' for field '"
          + field.name() + "' needs at least one word in its term");
    }
    List<String> conditions = new ArrayList<>();
    for (CqlTerm word : words) {
      String pattern = "%" + word.likePattern() + "%";
      conditions.add(lower(field.sqlExpression()) + " LIKE " + lower(params.add(pattern)));
    }
    String joined = String.join(joiner, conditions);
    return conditions.size() == 1 ? joined : "(" + joined + ")";
  }

  private String ordering(CqlField field, CqlRelation relation, CqlTerm term)
      throws CqlException {
    if (term.hasWildcards()) {
      throw new CqlException("Wildcards (* and ?) cannot be used with the relation '"
          + relation.symbol() + "' for field '" + field.name() + "'");
    }
    return field.sqlExpression() + " " + relation.symbol() + " " + params.add(term.literal());
  }
}

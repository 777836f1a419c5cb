package org.folio.access.platform.cql;

import static org.folio.access.platform.cql.SqlExpressions.folded;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL conditions for TEXT fields, ignoring case and accents unless the modifiers say otherwise
 * (both sides folded with {@code lower(public.unaccent(..))}; a keyword field's column is already
 * folded, so only the term is).
 *
 * <ul>
 *   <li>{@code =} and {@code adj}: the term's words appear in the value in this order as whole
 *       words (separated by whitespace or punctuation); {@code *}, {@code ?} match within a word.
 *   <li>{@code all}: every word appears; {@code any}: at least one does.
 *   <li>{@code ==}: the whole value equals the term ({@code *}, {@code ?} as LIKE wildcards);
 *       {@code <>} is its negation; {@code < > <= >=} compare folded values.
 *   <li>Empty terms: {@code = adj all any ""} match every record that has the field,
 *       {@code == ""} an empty value, {@code <> ""} a non-empty one.
 * </ul>
 *
 * <p>No relation matches a record without the field (NULL); {@code cql.allRecords=1 NOT ...}
 * finds those.
 */
final class TextConditions {

  private final SqlParams params;

  TextConditions(SqlParams params) {
    this.params = params;
  }

  String condition(CqlField field, CqlRelation relation, CqlModifiers modifiers, CqlTerm term)
      throws CqlException {
    String sql = field.sqlExpression();
    String column = field.keyword() ? sql : folded(sql, modifiers);
    List<CqlTerm> words = term.words();
    return switch (relation) {
      case EQ, ADJ -> words.isEmpty() ? present(sql) : words(column, modifiers, words,
          WordPatterns.phrase(words));
      case ANY -> words.isEmpty() ? present(sql) : regex(column, modifiers,
          WordPatterns.anyOf(words));
      case ALL -> words.isEmpty() ? present(sql) : allWords(column, modifiers, words);
      case EXACT -> term.isEmpty() ? sql + " = ''" : whole(column, modifiers, term, false);
      case NOT_EQ -> term.isEmpty() ? sql + " <> ''" : whole(column, modifiers, term, true);
      case LT, GT, LE, GE -> ordering(field, column, relation, modifiers, term);
    };
  }

  /**
   * The bound term folded as the modifiers ask, in a scalar subquery so that PostgreSQL folds it
   * once per query rather than once per row (and an index can still compare with it).
   */
  private static String term(String placeholder, CqlModifiers modifiers) {
    String folded = folded(placeholder, modifiers);
    return folded.equals(placeholder) ? placeholder : "(SELECT " + folded + ")";
  }

  private static String present(String sql) {
    return sql + " IS NOT NULL";
  }

  private String regex(String column, CqlModifiers modifiers, String pattern) {
    return column + " ~ " + term(params.add(pattern), modifiers);
  }

  /**
   * The words as a regular expression, after a LIKE of the same words in the same order: LIKE
   * is several times cheaper per row than the regular expression and rejects most rows first.
   */
  private String words(String column, CqlModifiers modifiers, List<CqlTerm> words,
      String pattern) {
    StringBuilder like = new StringBuilder("%");
    for (CqlTerm word : words) {
      like.append(word.likePattern()).append('%');
    }
    return "(" + column + " LIKE " + term(params.add(like.toString()), modifiers) + " AND "
        + regex(column, modifiers, pattern) + ")";
  }

  private String allWords(String column, CqlModifiers modifiers, List<CqlTerm> words) {
    List<String> conditions = new ArrayList<>();
    for (CqlTerm word : words) {
      conditions.add(words(column, modifiers, List.of(word), WordPatterns.single(word)));
    }
    String joined = String.join(" AND ", conditions);
    return conditions.size() == 1 ? joined : "(" + joined + ")";
  }

  private String whole(String column, CqlModifiers modifiers, CqlTerm term, boolean negated) {
    if (term.hasWildcards()) {
      String like = negated ? " NOT LIKE " : " LIKE ";
      return column + like + term(params.add(term.likePattern()), modifiers);
    }
    return column + (negated ? " <> " : " = ") + term(params.add(term.literal()), modifiers);
  }

  private String ordering(CqlField field, String column, CqlRelation relation,
      CqlModifiers modifiers, CqlTerm term) throws CqlException {
    if (term.hasWildcards()) {
      throw new CqlException("Wildcards (* and ?) cannot be used with the relation '"
          + relation.symbol() + "' for field '" + field.name() + "'");
    }
    return column + " " + relation.symbol() + " " + term(params.add(term.literal()), modifiers);
  }
}

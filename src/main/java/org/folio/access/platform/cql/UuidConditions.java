package org.folio.access.platform.cql;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * SQL conditions for UUID fields, as FOLIO clients expect them: {@code =} and {@code ==} are
 * the same; a term that is not a valid UUID (or is empty) matches nothing, and with {@code <>}
 * everything; {@code *} alone matches every record with the field and a trailing {@code *}
 * after a UUID prefix ({@code id==1234abcd*}) is a range on the column, so its index serves it.
 */
final class UuidConditions {

  private static final Pattern UUID_FORMAT = Pattern.compile(
      "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
  private static final String TEMPLATE = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";

  private final SqlParams params;

  UuidConditions(SqlParams params) {
    this.params = params;
  }

  String condition(CqlField field, CqlRelation relation, CqlTerm term) throws CqlException {
    String typed = SqlExpressions.typed(field);
    if (relation == CqlRelation.ADJ || relation == CqlRelation.ALL
        || relation == CqlRelation.ANY) {
      throw new CqlException("The relation '" + relation.symbol() + "' is not supported for"
          + " field '" + field.name() + "' of type UUID; supported: =, ==, <>, <, >, <=, >=");
    }
    if (term.hasWildcards()) {
      return wildcard(field, relation, term, typed);
    }
    String text = term.literal();
    if (!UUID_FORMAT.matcher(text).matches()) {
      return relation == CqlRelation.NOT_EQ ? "TRUE" : "FALSE";
    }
    return typed + operator(relation) + params.add(UUID.fromString(text));
  }

  private String wildcard(CqlField field, CqlRelation relation, CqlTerm term, String typed)
      throws CqlException {
    String pattern = term.literal();
    String prefix = pattern.substring(0, pattern.length() - 1).toLowerCase(Locale.ROOT);
    boolean trailingOnly = pattern.endsWith("*") && !new CqlTerm(
        term.source().substring(0, term.source().length() - 1)).hasWildcards();
    boolean equality = relation == CqlRelation.EQ || relation == CqlRelation.EXACT
        || relation == CqlRelation.NOT_EQ;
    if (!trailingOnly || !equality) {
      throw new CqlException("UUID field '" + field.name() + "' accepts a wildcard only as a"
          + " trailing * after a prefix (such as 1234abcd*) with =, == or <>: '" + pattern + "'");
    }
    boolean negated = relation == CqlRelation.NOT_EQ;
    if (prefix.isEmpty()) {
      return negated ? "FALSE" : field.sqlExpression() + " IS NOT NULL";
    }
    if (!isPrefix(prefix)) {
      return negated ? "TRUE" : "FALSE";
    }
    String low = params.add(UUID.fromString(completed(prefix, '0')));
    String high = params.add(UUID.fromString(completed(prefix, 'f')));
    return typed + (negated ? " NOT BETWEEN " : " BETWEEN ") + low + " AND " + high;
  }

  private static boolean isPrefix(String prefix) {
    if (prefix.length() > TEMPLATE.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      boolean ok = TEMPLATE.charAt(i) == '-' ? c == '-' : Character.digit(c, 16) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String completed(String prefix, char filler) {
    return prefix + TEMPLATE.substring(prefix.length()).replace('x', filler);
  }

  private static String operator(CqlRelation relation) {
    return switch (relation) {
      case EQ, EXACT -> " = ";
      case NOT_EQ -> " <> ";
      default -> " " + relation.symbol() + " ";
    };
  }
}

package org.folio.access.platform.cql;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SQL conditions for NUMBER, DATE_TIME and BOOLEAN fields: {@code (expr)::type op $n} with the
 * value bound as BigDecimal, OffsetDateTime or Boolean. {@code =} and {@code ==} are the same.
 * Like every relation, {@code <>} never matches a record without the field. Empty terms:
 * {@code field = ""} and {@code field <> ""} mean "the field is present", {@code field == ""}
 * matches nothing (such a value cannot be empty).
 */
final class TypedConditions {

  private static final Set<CqlRelation> EQUALITY =
      EnumSet.of(CqlRelation.EQ, CqlRelation.EXACT, CqlRelation.NOT_EQ);
  private static final Set<CqlRelation> COMPARISON = EnumSet.of(CqlRelation.EQ,
      CqlRelation.EXACT, CqlRelation.NOT_EQ, CqlRelation.LT, CqlRelation.GT, CqlRelation.LE,
      CqlRelation.GE);

  private final SqlParams params;

  TypedConditions(SqlParams params) {
    this.params = params;
  }

  String condition(CqlField field, CqlRelation relation, CqlTerm term) throws CqlException {
    checkRelation(field, relation);
    if (term.isEmpty() && relation != CqlRelation.EXACT) {
      return field.sqlExpression() + " IS NOT NULL";
    }
    if (term.isEmpty()) {
      return "FALSE";
    }
    if (term.hasWildcards()) {
      throw new CqlException("Wildcards (* and ?) are not supported for field '" + field.name()
          + "' of type " + SqlExpressions.label(field.type()) + ": '" + term.literal() + "'");
    }
    Object value = TermValues.parse(field, term.literal());
    return SqlExpressions.typed(field) + operator(relation) + params.add(value);
  }

  private static String operator(CqlRelation relation) {
    return switch (relation) {
      case EQ, EXACT -> " = ";
      case NOT_EQ -> " <> ";
      default -> " " + relation.symbol() + " ";
    };
  }

  private static void checkRelation(CqlField field, CqlRelation relation) throws CqlException {
    Set<CqlRelation> allowed = allowedFor(field.type());
    if (!allowed.contains(relation)) {
      throw new CqlException("The relation '" + relation.symbol() + "' is not supported for field '"
          + field.name() + "' of type " + SqlExpressions.label(field.type()) + "; supported: "
          + allowed.stream().map(CqlRelation::symbol).collect(Collectors.joining(", ")));
    }
  }

  private static Set<CqlRelation> allowedFor(CqlType type) {
    return type == CqlType.NUMBER || type == CqlType.DATE_TIME ? COMPARISON : EQUALITY;
  }
}

package org.folio.access.platform.cql;

import java.util.ArrayDeque;
import java.util.Deque;
import org.folio.access.platform.cql.CqlNode.BooleanNode;
import org.folio.access.platform.cql.CqlNode.ClauseNode;

/**
 * Translates the search tree into a WHERE expression, parenthesising every boolean combination.
 * {@code a NOT b} is {@code a AND (b) IS NOT TRUE}: a record where b cannot be decided because
 * its field is missing (NULL) does not match b, so NOT keeps it.
 * Left-deep chains ({@code a OR b OR c ...}) are walked iteratively, so recursion only follows
 * parentheses, whose depth the parser limits.
 */
final class WhereTranslator {

  private final ClauseTranslator clauses;

  WhereTranslator(CqlFields fields, SqlParams params) {
    this.clauses = new ClauseTranslator(fields, params);
  }

  String translate(CqlNode node) throws CqlException {
    Deque<BooleanNode> spine = new ArrayDeque<>();
    CqlNode leftmost = node;
    while (leftmost instanceof BooleanNode bool) {
      spine.push(bool);
      leftmost = bool.left();
    }
    String sql = clauses.translate((ClauseNode) leftmost);
    while (!spine.isEmpty()) {
      BooleanNode bool = spine.pop();
      sql = combine(bool, sql, translate(bool.right()));
    }
    return sql;
  }

  private static String combine(BooleanNode bool, String left, String right) {
    return switch (bool.operator()) {
      case AND -> "(" + left + " AND " + right + ")";
      case OR -> "(" + left + " OR " + right + ")";
      case NOT -> "(" + left + " AND " + parenthesised(bool.right(), right) + " IS NOT TRUE)";
    };
  }

  /** A translated boolean node is already in parentheses; a clause is not. */
  private static String parenthesised(CqlNode node, String sql) {
    return node instanceof BooleanNode ? sql : "(" + sql + ")";
  }
}

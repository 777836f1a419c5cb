package org.folio.access.platform.cql;

import java.util.Objects;

/** A node of the parsed CQL search tree (without sorting, see {@link CqlQuery}). */
sealed interface CqlNode permits CqlNode.BooleanNode, CqlNode.ClauseNode {

  /** CQL boolean operators; NOT is binary: {@code a NOT b} means a AND NOT b. */
  enum Operator { AND, OR, NOT }

  /** {@code left operator right}. */
  record BooleanNode(Operator operator, CqlNode left, CqlNode right) implements CqlNode {
    public BooleanNode {
      Objects.requireNonNull(operator);
      Objects.requireNonNull(left);
      Objects.requireNonNull(right);
    }
  }

  /**
   * {@code index relation/modifiers term}; index is null for a bare term, which then has
   * relation EQ.
   *
   * @param position the 1-based character position of the clause in the query
   */
  record ClauseNode(String index, CqlRelation relation, CqlModifiers modifiers, CqlTerm term,
      int position) implements CqlNode {
    public ClauseNode {
      Objects.requireNonNull(relation);
      Objects.requireNonNull(modifiers);
      Objects.requireNonNull(term);
    }

    /** A clause without relation modifiers. */
    public ClauseNode(String index, CqlRelation relation, CqlTerm term, int position) {
      this(index, relation, CqlModifiers.NONE, term, position);
    }
  }
}

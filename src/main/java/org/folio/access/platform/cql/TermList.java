package org.folio.access.platform.cql;

import java.util.EnumSet;
import java.util.Set;
import org.folio.access.platform.cql.CqlNode.BooleanNode;
import org.folio.access.platform.cql.CqlNode.ClauseNode;
import org.folio.access.platform.cql.CqlNode.Operator;
import org.folio.access.platform.cql.CqlToken.Kind;

/**
 * The id-list form {@code field==(a or b or c)} that FOLIO clients send: one clause per term,
 * joined by OR ({@code <>} lists by AND: the value is none of them).
 */
final class TermList {

  private static final Set<CqlRelation> ALLOWED =
      EnumSet.of(CqlRelation.EQ, CqlRelation.EXACT, CqlRelation.NOT_EQ);

  private TermList() {
  }

  /** Reads {@code (term or term ...)}; template gives the field, relation and modifiers. */
  static CqlNode clauses(TokenCursor tokens, ClauseNode template) throws CqlException {
    CqlToken open = tokens.advance();
    if (!ALLOWED.contains(template.relation())) {
      throw new CqlException("A list of terms in parentheses (at position " + open.position()
          + ") can only follow =, == or <>, not '" + template.relation().symbol() + "'");
    }
    Operator joiner = template.relation() == CqlRelation.NOT_EQ ? Operator.AND : Operator.OR;
    CqlNode result = null;
    while (true) {
      CqlNode clause = clause(tokens.advance(), template, open);
      result = result == null ? clause : new BooleanNode(joiner, result, clause);
      CqlToken separator = tokens.advance();
      if (separator.is(Kind.RPAREN)) {
        return result;
      }
      if (!separator.isWord("or")) {
        throw new CqlException("The terms of the list in parentheses at position "
            + open.position() + " must be joined by OR and end with ')'; found "
            + separator.shown() + " at position " + separator.position());
      }
    }
  }

  private static ClauseNode clause(CqlToken token, ClauseNode template, CqlToken open)
      throws CqlException {
    boolean keyword = token.isWord("or") || token.isWord("and") || token.isWord("not");
    if (!(token.is(Kind.WORD) || token.is(Kind.QUOTED)) || keyword) {
      String found = token.is(Kind.END) ? "the end of the query"
          : token.shown() + " at position " + token.position();
      throw new CqlException("The list in parentheses at position " + open.position()
          + " needs a search term here; found " + found);
    }
    return new ClauseNode(template.index(), template.relation(), template.modifiers(),
        new CqlTerm(token.text()), template.position());
  }
}

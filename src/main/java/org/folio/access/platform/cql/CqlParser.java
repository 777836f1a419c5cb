package org.folio.access.platform.cql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.folio.access.platform.cql.CqlNode.BooleanNode;
import org.folio.access.platform.cql.CqlNode.ClauseNode;
import org.folio.access.platform.cql.CqlNode.Operator;
import org.folio.access.platform.cql.CqlToken.Kind;

/**
 * Recursive-descent CQL parser. Boolean operators are left-associative with equal precedence;
 * only parentheses recurse, so the nesting limit bounds the stack depth.
 */
final class CqlParser {

  static final int MAX_QUERY_LENGTH = 10_000;
  static final int MAX_DEPTH = 50;

  private static final Set<String> RELATION_WORDS = Set.of("adj", "all", "any", "scr");
  private static final Set<String> UNSUPPORTED_RELATION_WORDS =
      Set.of("within", "encloses", "exact");
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "prox", "sortby");

  private final TokenCursor tokens;

  private CqlParser(List<CqlToken> tokens) {
    this.tokens = new TokenCursor(tokens);
  }

  static CqlQuery parse(String query) throws CqlException {
    if (query == null || query.isBlank()) {
      throw new CqlException("The query is empty");
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new CqlException("The query is too long: " + query.length()
          + " characters, but at most " + MAX_QUERY_LENGTH + " are allowed");
    }
    return new CqlParser(CqlLexer.tokenize(query)).query();
  }

  private CqlQuery query() throws CqlException {
    CqlNode root = booleanChain(0);
    if (!tokens.peek().isWord("sortBy")) {
      expectEnd("AND, OR, NOT, sortBy or the end of the query");
      return new CqlQuery(root, List.of());
    }
    List<CqlQuery.SortKey> sortKeys = SortKeyParser.sortKeys(tokens);
    expectEnd("another sort key or the end of the query");
    return new CqlQuery(root, sortKeys);
  }

  private void expectEnd(String expected) throws CqlException {
    CqlToken rest = tokens.peek();
    if (rest.is(Kind.RPAREN)) {
      throw new CqlException("Unbalanced parentheses: the ')' at position " + rest.position()
          + " has no matching '('");
    }
    if (!rest.is(Kind.END)) {
      throw unexpected(rest, expected);
    }
  }

  private CqlNode booleanChain(int depth) throws CqlException {
    CqlNode left = primary(depth);
    for (Operator op = booleanOperator(); op != null; op = booleanOperator()) {
      left = new BooleanNode(op, left, primary(depth));
    }
    return left;
  }

  private CqlNode primary(int depth) throws CqlException {
    CqlToken token = tokens.peek();
    if (token.is(Kind.LPAREN)) {
      return parenthesised(depth);
    }
    if (token.is(Kind.RPAREN) || token.is(Kind.END)) {
      throw unexpected(token, "a search clause");
    }
    if (token.is(Kind.SYMBOL) && token.text().startsWith(">")) {
      throw new CqlException("Prefix maps ('> prefix = \"identifier\"') are not supported:"
          + " found '" + token.text() + "' at position " + token.position()
          + "; write the field name alone");
    }
    if (token.is(Kind.SYMBOL)) {
      throw new CqlException("The relation '" + token.text() + "' at position "
          + token.position() + " has no field name before it");
    }
    return searchClause();
  }

  private CqlNode parenthesised(int depth) throws CqlException {
    CqlToken open = tokens.advance();
    if (depth >= MAX_DEPTH) {
      throw new CqlException("The query is nested too deeply: more than " + MAX_DEPTH
          + " levels of parentheses at position " + open.position());
    }
    CqlNode inner = booleanChain(depth + 1);
    CqlToken close = tokens.advance();
    if (close.is(Kind.END)) {
      throw new CqlException("Unbalanced parentheses: the '(' at position " + open.position()
          + " is never closed");
    }
    if (!close.is(Kind.RPAREN)) {
      throw unexpected(close, "AND, OR, NOT or ')'");
    }
    return inner;
  }

  private CqlNode searchClause() throws CqlException {
    CqlToken first = tokens.advance();
    if (isRelation(tokens.peek())) {
      if (!first.is(Kind.WORD)) {
        throw new CqlException("The field name " + first.shown() + " at position "
            + first.position() + " must not be quoted");
      }
      CqlToken relationToken = tokens.peek();
      CqlRelation relation = relation();
      CqlModifiers modifiers = modifiers(relationToken);
      if (tokens.peek().is(Kind.LPAREN)) {
        return TermList.clauses(tokens, new ClauseNode(first.text(), relation, modifiers,
            new CqlTerm(""), first.position()));
      }
      return new ClauseNode(first.text(), relation, modifiers, term(relationToken),
          first.position());
    }
    if (first.is(Kind.WORD) && KEYWORDS.contains(first.text().toLowerCase(Locale.ROOT))) {
      throw new CqlException("Expected a search clause at position " + first.position()
          + " but found the keyword '" + first.text() + "'; NOT is binary (write 'a NOT b' or"
          + " 'cql.allRecords=1 NOT b') and sortBy must follow a search clause");
    }
    return new ClauseNode(null, CqlRelation.EQ, new CqlTerm(first.text()), first.position());
  }

  private static boolean isRelation(CqlToken token) {
    if (token.is(Kind.SYMBOL)) {
      return true;
    }
    String name = beforeSlash(token.text()).toLowerCase(Locale.ROOT);
    return token.is(Kind.WORD)
        && (RELATION_WORDS.contains(name) || UNSUPPORTED_RELATION_WORDS.contains(name));
  }

  private CqlRelation relation() throws CqlException {
    CqlToken token = tokens.advance();
    String name = beforeSlash(token.text());
    if (name.equalsIgnoreCase("scr")) {
      return CqlRelation.EQ;  // "server's choice relation": ours is =
    }
    return CqlRelation.fromText(name).orElseThrow(() -> new CqlException(
        "Unsupported relation '" + name + "' at position " + token.position()
            + "; supported: " + CqlRelation.supportedList()));
  }

  /**
   * Reads the modifiers after a relation: {@code =/respectCase}, {@code adj/ignoreAccents},
   * {@code == /string} or {@code =/ number} (spaces around the slashes are allowed).
   */
  private CqlModifiers modifiers(CqlToken relationToken) throws CqlException {
    StringBuilder text = new StringBuilder();
    int slash = relationToken.text().indexOf('/');
    if (slash >= 0) {
      text.append(relationToken.text().substring(slash));
    }
    while (continuesModifiers(text, tokens.peek())) {
      text.append(tokens.advance().text());
    }
    if (text.length() == 0) {
      return CqlModifiers.NONE;
    }
    return CqlModifiers.parse(text.toString(), beforeSlash(relationToken.text()),
        relationToken.position());
  }

  private static boolean continuesModifiers(CharSequence text, CqlToken next) {
    boolean open = text.length() > 0 && text.charAt(text.length() - 1) == '/';
    return next.is(Kind.WORD) && (next.text().startsWith("/") || open);
  }

  private CqlTerm term(CqlToken relation) throws CqlException {
    CqlToken token = tokens.advance();
    if (!token.is(Kind.WORD) && !token.is(Kind.QUOTED)) {
      throw new CqlException("The relation '" + beforeSlash(relation.text()) + "' at position "
          + relation.position() + " is not followed by a search term (found "
          + token.shown() + ")");
    }
    return new CqlTerm(token.text());
  }

  /** Consumes and returns the next boolean operator, or returns null if none follows. */
  private Operator booleanOperator() throws CqlException {
    CqlToken token = tokens.peek();
    if (!token.is(Kind.WORD)) {
      return null;
    }
    String name = beforeSlash(token.text()).toLowerCase(Locale.ROOT);
    if (name.equals("prox")) {
      throw new CqlException("The boolean operator 'prox' at position " + token.position()
          + " is not supported; use AND, OR or NOT");
    }
    if (!name.equals("and") && !name.equals("or") && !name.equals("not")) {
      return null;
    }
    if (token.text().contains("/")) {
      throw new CqlException("Boolean modifiers are not supported: '" + token.text()
          + "' at position " + token.position());
    }
    tokens.advance();
    return Operator.valueOf(name.toUpperCase(Locale.ROOT));
  }

  static String beforeSlash(String text) {
    int slash = text.indexOf('/');
    return slash < 0 ? text : text.substring(0, slash);
  }

  private static CqlException unexpected(CqlToken token, String expected) {
    if (token.is(Kind.END)) {
      return new CqlException("The query ends unexpectedly; expected " + expected);
    }
    return new CqlException("Unexpected " + token.shown() + " at position " + token.position()
        + "; expected " + expected);
  }
}

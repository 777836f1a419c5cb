package org.folio.access.platform.cql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CQL query into tokens: parentheses, quoted terms, runs of relation symbols
 * ({@code = < >}) and words (any other run of characters except whitespace and quotes). A
 * backslash escapes the next character in words and quoted terms. The list ends with an END token.
 */
final class CqlLexer {

  private final String query;
  private int pos;

  private CqlLexer(String query) {
    this.query = query;
  }

  static List<CqlToken> tokenize(String query) throws CqlException {
    return new CqlLexer(query).tokens();
  }

  private List<CqlToken> tokens() throws CqlException {
    List<CqlToken> tokens = new ArrayList<>();
    skipWhitespace();
    while (pos < query.length()) {
      tokens.add(nextToken());
      skipWhitespace();
    }
    tokens.add(new CqlToken(CqlToken.Kind.END, "", pos, pos));
    return tokens;
  }

  private CqlToken nextToken() throws CqlException {
    char c = query.charAt(pos);
    if (c == '(' || c == ')') {
      pos++;
      CqlToken.Kind kind = c == '(' ? CqlToken.Kind.LPAREN : CqlToken.Kind.RPAREN;
      return new CqlToken(kind, String.valueOf(c), pos - 1, pos);
    }
    if (c == '"') {
      return quoted();
    }
    if (isSymbol(c)) {
      return run(CqlToken.Kind.SYMBOL, pos);
    }
    return run(CqlToken.Kind.WORD, pos);
  }

  private CqlToken quoted() throws CqlException {
    int start = pos++;
    while (pos < query.length() && query.charAt(pos) != '"') {
      pos += query.charAt(pos) == '\\' ? 2 : 1;
    }
    if (pos >= query.length()) {
      throw new CqlException("The quoted term starting at position " + (start + 1)
          + " has no closing quote");
    }
    pos++;
    return new CqlToken(CqlToken.Kind.QUOTED, query.substring(start + 1, pos - 1), start, pos);
  }

  private CqlToken run(CqlToken.Kind kind, int start) {
    while (pos < query.length() && belongsTo(kind, query.charAt(pos))) {
      pos += kind == CqlToken.Kind.WORD && query.charAt(pos) == '\\' ? 2 : 1;
    }
    pos = Math.min(pos, query.length());
    return new CqlToken(kind, query.substring(start, pos), start, pos);
  }

  private static boolean belongsTo(CqlToken.Kind kind, char c) {
    if (kind == CqlToken.Kind.SYMBOL) {
      return isSymbol(c);
    }
    return !Character.isWhitespace(c) && !isSymbol(c) && c != '(' && c != ')' && c != '"';
  }

  private static boolean isSymbol(char c) {
    return c == '=' || c == '<' || c == '>';
  }

  private void skipWhitespace() {
    while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
      pos++;
    }
  }
}

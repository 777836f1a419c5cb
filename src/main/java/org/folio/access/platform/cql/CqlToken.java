package org.folio.access.platform.cql;

/**
 * One lexical token. For QUOTED tokens text is the content between the quotes with escapes still
 * in place; start and end are 0-based offsets into the query (end exclusive).
 */
record CqlToken(Kind kind, String text, int start, int end) {

  enum Kind { LPAREN, RPAREN, WORD, QUOTED, SYMBOL, END }

  boolean is(Kind wanted) {
    return kind == wanted;
  }

  /** Whether this is the unquoted word {@code word}, ignoring case. */
  boolean isWord(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  /** The 1-based character position, as shown to people. */
  int position() {
    return start + 1;
  }

  /** The token as written, for error messages. */
  String shown() {
    return switch (kind) {
      case QUOTED -> "\"" + text + "\"";
      case END -> "the end of the query";
      default -> "'" + text + "'";
    };
  }
}

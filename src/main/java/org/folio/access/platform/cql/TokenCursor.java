package org.folio.access.platform.cql;

import java.util.List;

/** A position in a token list that ends with an END token; reading past the end stays at END. */
final class TokenCursor {

  private final List<CqlToken> tokens;
  private int next;

  TokenCursor(List<CqlToken> tokens) {
    this.tokens = tokens;
  }

  CqlToken peek() {
    return tokens.get(next);
  }

  CqlToken advance() {
    CqlToken token = tokens.get(next);
    next = Math.min(next + 1, tokens.size() - 1);
    return token;
  }

  /** The token most recently returned by {@link #advance()}. */
  CqlToken previous() {
    return tokens.get(Math.max(next - 1, 0));
  }
}

package org.folio.access.platform.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the sortBy part: keys such as {@code name}, {@code name/sort.ascending} or
 * {@code name/sort.descending}.
 */
final class SortKeyParser {

  private SortKeyParser() {
  }

  /** Reads sortBy and the keys that follow it. */
  static List<CqlQuery.SortKey> sortKeys(TokenCursor tokens) throws CqlException {
    CqlToken sortBy = tokens.advance();
    List<CqlQuery.SortKey> keys = new ArrayList<>();
    while (tokens.peek().is(CqlToken.Kind.WORD)) {
      keys.add(parse(tokens.advance()));
    }
    if (keys.isEmpty()) {
      throw new CqlException("sortBy at position " + sortBy.position()
          + " must be followed by at least one field name (found " + tokens.peek().shown() + ")");
    }
    return keys;
  }

  static CqlQuery.SortKey parse(CqlToken token) throws CqlException {
    String[] parts = token.text().split("/", -1);
    if (parts[0].isEmpty()) {
      throw new CqlException("The sort key '" + token.text() + "' at position "
          + token.position() + " has no field name");
    }
    if (parts.length > 2) {
      throw new CqlException("The sort key '" + token.text() + "' at position "
          + token.position() + " has more than one modifier; use one of /sort.ascending or"
          + " /sort.descending");
    }
    boolean descending = parts.length == 2 && isDescending(parts[1], token);
    return new CqlQuery.SortKey(parts[0], descending, token.position());
  }

  private static boolean isDescending(String modifier, CqlToken token) throws CqlException {
    switch (modifier.toLowerCase(Locale.ROOT)) {
      case "sort.ascending":
        return false;
      case "sort.descending":
        return true;
      default:
        throw new CqlException("Unsupported sort modifier '/" + modifier + "' at position "
            + token.position() + "; supported: /sort.ascending, /sort.descending");
    }
  }
}

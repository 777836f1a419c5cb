package org.folio.access.platform.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the sortBy part: keys such as {@code name}, {@code name/sort.descending},
 * {@code renewalCount/sort.ascending/number} or {@code name /sort.descending} (a space before
 * the slash is allowed).
 */
final class SortKeyParser {

  private static final String SUPPORTED = "/sort.ascending, /sort.descending, /string, /number,"
      + " /sort.ignoreCase, /sort.respectCase, /sort.ignoreAccents, /sort.respectAccents,"
      + " /sort.missingHigh, /sort.missingLow";

  private SortKeyParser() {
  }

  /** Reads sortBy and the keys that follow it. */
  static List<CqlQuery.SortKey> sortKeys(TokenCursor tokens) throws CqlException {
    CqlToken sortBy = tokens.advance();
    List<CqlQuery.SortKey> keys = new ArrayList<>();
    while (tokens.peek().is(CqlToken.Kind.WORD)) {
      CqlToken key = tokens.advance();
      StringBuilder text = new StringBuilder(key.text());
      while (continuesKey(text, tokens.peek())) {
        text.append(tokens.advance().text());
      }
      keys.add(parse(key, text.toString()));
    }
    if (keys.isEmpty()) {
      throw new CqlException("sortBy at position " + sortBy.position()
          + " must be followed by at least one field name (found " + tokens.peek().shown() + ")");
    }
    return keys;
  }

  private static boolean continuesKey(CharSequence text, CqlToken next) {
    boolean open = text.charAt(text.length() - 1) == '/';
    return next.is(CqlToken.Kind.WORD) && (next.text().startsWith("/") || open);
  }

  static CqlQuery.SortKey parse(CqlToken token) throws CqlException {
    return parse(token, token.text());
  }

  private static CqlQuery.SortKey parse(CqlToken token, String text) throws CqlException {
    String[] parts = text.split("/", -1);
    if (parts[0].isEmpty()) {
      throw new CqlException("The sort key '" + text + "' at position "
          + token.position() + " has no field name");
    }
    Options options = new Options();
    for (int i = 1; i < parts.length; i++) {
      options.apply(parts[i], text, token);
    }
    return new CqlQuery.SortKey(parts[0], options.descending, options.modifiers,
        options.missingLow, token.position());
  }

  /** The modifiers of one key, applied in order; a contradiction is an error. */
  private static final class Options {
    private Boolean direction;
    private CqlModifiers modifiers = CqlModifiers.NONE;
    private boolean missingLow;
    private boolean descending;

    void apply(String modifier, String key, CqlToken token) throws CqlException {
      String name = modifier.toLowerCase(Locale.ROOT);
      name = name.startsWith("sort.") ? name.substring(5) : name;
      switch (name) {
        case "ascending" -> direction(false, key, token);
        case "descending" -> direction(true, key, token);
        case "missinglow" -> missingLow = true;
        case "missinghigh" -> missingLow = false;
        case "string", "number", "ignorecase", "respectcase", "ignoreaccents", "respectaccents" ->
            modifiers = merged(modifier, name, key, token);
        default -> throw new CqlException("Unsupported sort modifier '/" + modifier
            + "' at position " + token.position() + "; supported: " + SUPPORTED);
      }
    }

    private void direction(boolean wanted, String key, CqlToken token) throws CqlException {
      if (direction != null && direction != wanted) {
        throw new CqlException("The sort key '" + key + "' at position " + token.position()
            + " is both ascending and descending; use one of /sort.ascending or"
            + " /sort.descending");
      }
      direction = wanted;
      descending = wanted;
    }

    private CqlModifiers merged(String modifier, String name, String key, CqlToken token)
        throws CqlException {
      String relationLike = "sortBy " + key;
      CqlModifiers more = CqlModifiers.parse("/" + name, relationLike, token.position());
      CqlModifiers.As as = more.as() == CqlModifiers.As.FIELD_TYPE ? modifiers.as() : more.as();
      if (more.as() != CqlModifiers.As.FIELD_TYPE && modifiers.as() != CqlModifiers.As.FIELD_TYPE
          && more.as() != modifiers.as()) {
        throw new CqlException("The sort key '" + key + "' at position " + token.position()
            + " has both /number and /string; use one of them (found '/" + modifier + "')");
      }
      boolean respectCase = name.endsWith("case") ? more.respectCase() : modifiers.respectCase();
      boolean respectAccents =
          name.endsWith("accents") ? more.respectAccents() : modifiers.respectAccents();
      return new CqlModifiers(respectCase, respectAccents, as);
    }
  }
}

package org.folio.access.platform.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A search term as written in the query, with its backslash escapes still in place: an
 * unescaped {@code *} or {@code ?} is a wildcard, {@code \x} is the literal character x (so
 * {@code \*}, {@code \?}, {@code \"} and {@code \\} are literal), and a lone backslash at the end
 * is a literal backslash.
 */
record CqlTerm(String source) {

  CqlTerm {
    Objects.requireNonNull(source);
  }

  boolean isEmpty() {
    return source.isEmpty();
  }

  /** Whether the term has an unescaped {@code *} or {@code ?}. */
  boolean hasWildcards() {
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?') {
        return true;
      }
    }
    return false;
  }

  /** The term's characters with escapes removed; wildcards stay as {@code *} and {@code ?}. */
  String literal() {
    return render(false);
  }

  /**
   * The term as a SQL LIKE pattern with backslash as escape character: {@code *} becomes
   * {@code %}, {@code ?} becomes {@code _}, and literal {@code %}, {@code _} and {@code \} are
   * escaped with a backslash.
   */
  String likePattern() {
    return render(true);
  }

  /** The whitespace-separated words of the term (escaped whitespace does not separate). */
  List<CqlTerm> words() {
    List<CqlTerm> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (Character.isWhitespace(c)) {
        if (start >= 0) {
          words.add(new CqlTerm(source.substring(start, i)));
        }
        start = -1;
      } else {
        start = start < 0 ? i : start;
        i += c == '\\' ? 1 : 0;
      }
    }
    if (start >= 0) {
      words.add(new CqlTerm(source.substring(start)));
    }
    return words;
  }

  /** Receives the term's characters with escapes removed, saying which were escaped. */
  interface CharVisitor {
    void accept(char c, boolean escaped);
  }

  /** Walks the characters: {@code \x} is x escaped; a lone backslash at the end is literal. */
  void visit(CharVisitor visitor) {
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      boolean escaped = c == '\\' && i + 1 < source.length();
      if (escaped) {
        c = source.charAt(++i);
      }
      visitor.accept(c, escaped);
    }
  }

  private String render(boolean like) {
    StringBuilder out = new StringBuilder(source.length() + 8);
    visit((c, escaped) -> {
      if (!like) {
        out.append(c);
      } else if (!escaped && c == '*') {
        out.append('%');
      } else if (!escaped && c == '?') {
        out.append('_');
      } else {
        appendLikeLiteral(out, c);
      }
    });
    return out.toString();
  }

  private static void appendLikeLiteral(StringBuilder out, char c) {
    if (c == '%' || c == '_' || c == '\\') {
      out.append('\\');
    }
    out.append(c);
  }
}

package org.folio.access.platform.cql;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL regular expressions for word matching. A word is a run of characters other than
 * whitespace and ASCII punctuation; in a term, {@code *} stands for any run of word characters
 * and {@code ?} for one. The patterns use only lower-case class names and escape every
 * non-alphanumeric character, so folding the pattern (lower, unaccent) keeps its meaning.
 */
final class WordPatterns {

  private static final String SEPARATOR = "[[:space:][:punct:]]";
  private static final String WORD_CHAR = "[^[:space:][:punct:]]";
  private static final String START = "(^|" + SEPARATOR + ")";
  private static final String END = "($|" + SEPARATOR + ")";

  private WordPatterns() {
  }

  /** The words in this order, with only separators between them ({@code adj}, {@code =}). */
  static String phrase(List<CqlTerm> words) {
    List<String> parts = new ArrayList<>();
    for (CqlTerm word : words) {
      parts.add(word(word));
    }
    return START + String.join(SEPARATOR + "+", parts) + END;
  }

  /** Any one of the words ({@code any}). */
  static String anyOf(List<CqlTerm> words) {
    List<String> parts = new ArrayList<>();
    for (CqlTerm word : words) {
      parts.add(word(word));
    }
    return START + "(" + String.join("|", parts) + ")" + END;
  }

  /** One whole word ({@code all} asks for each). */
  static String single(CqlTerm word) {
    return START + word(word) + END;
  }

  private static String word(CqlTerm word) {
    StringBuilder out = new StringBuilder(word.source().length() + 8);
    word.visit((c, escaped) -> {
      if (!escaped && c == '*') {
        out.append(WORD_CHAR).append('*');
      } else if (!escaped && c == '?') {
        out.append(WORD_CHAR);
      } else {
        appendLiteral(out, c);
      }
    });
    return out.toString();
  }

  /**
   * ASCII letters and digits and other letters stand for themselves; ASCII punctuation is
   * escaped with a backslash; any other character goes in brackets, so that whatever unaccent
   * turns it into (a digit, say) cannot become an escape sequence.
   */
  private static void appendLiteral(StringBuilder out, char c) {
    if (c < 128 && Character.isLetterOrDigit(c)) {
      out.append(c);
    } else if (c < 128) {
      out.append('\\').append(c);
    } else if (Character.isLetter(c) || Character.isSurrogate(c)) {
      out.append(c);
    } else {
      out.append('[').append(c).append(']');
    }
  }
}

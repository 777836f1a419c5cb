package org.folio.access.eholdings.titles;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.folio.access.eholdings.common.query.TextMatch;

/**
 * The words of a name search text as the word index knows them: runs of characters between white space and ASCII
 * punctuation, as title_name_words() of migration V043 splits names. A search word matches a title when some word
 * of its name contains it, so each word of the text is looked up in the vocabulary (title_words) first: the
 * vocabulary words that contain it are the index keys whose titles can match.
 */
final class TitleWords {
  /** White space and ASCII punctuation: what V043's title_name_words() splits names at. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\x21-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e]+");
  /** Shorter words have no trigram to look them up in the vocabulary with (names' are not indexed); they only filter. */
  static final int MIN_LENGTH = 3;
  /** A word contained in more vocabulary words than this is too common to look up titles by; it only filters. */
  static final int MAX_KEYS = 200;

  private TitleWords() {}

  /** The distinct words of the (lower-cased) text that the index can look up, the longest first. */
  static List<String> indexable(TextMatch text) {
    return Arrays.stream(SEPARATORS.split(text.text())).filter(w -> w.length() >= MIN_LENGTH).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** The LIKE pattern finding the vocabulary words that contain the word. */
  static String containing(String word) {
    return "%" + TextMatch.escapeLike(word) + "%";
  }
}

package org.folio.access.eholdings.titles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * One word of a name search in the vocabulary: the vocabulary words that contain it (the word index's keys its
 * titles are under) and how many titles hold one of them by PostgreSQL's statistics of the word index (null when
 * they do not know: before ANALYZE, or for a word rarer than those ANALYZE keeps).
 */
record WordKeys(String[] keys, Long titles) {
  /**
   * Above this many titles a word is common enough that reading names until the count cap's worth of matches costs
   * less than taking every title of the word from the index (a bitmap of all of them, whatever the cap).
   */
  static final long INDEX_LIMIT = 20_000;

  /** How many titles hold the text's rarest word (an upper bound of the matches); null when unknown. */
  static Long estimate(List<WordKeys> words) {
    return words.stream().filter(w -> w.keys().length <= TitleWords.MAX_KEYS && w.titles() != null)
        .map(WordKeys::titles).min(Long::compare).orElse(null);
  }

  /**
   * The key lists the search looks titles up by: none when every word it could look up is common (or there is
   * none); a word the statistics do not know is a rare one.
   */
  static List<String[]> drivers(List<WordKeys> words) {
    List<WordKeys> indexable = words.stream().filter(w -> w.keys().length <= TitleWords.MAX_KEYS).toList();
    if (indexable.stream().allMatch(w -> w.titles() != null && w.titles() > INDEX_LIMIT)) {
      return List.of();
    }
    return indexable.stream().map(WordKeys::keys).toList();
  }

  /**
   * The words of the text (indexable, in the order of words) that the GIN indexes look up (lookups): those with keys,
   * each key a word that contains it.
   */
  static List<String> lookedUp(List<String> indexable, List<WordKeys> words) {
    List<String> looked = new ArrayList<>();
    for (int i = 0; i < indexable.size() && i < words.size(); i++) {
      if (words.get(i).keys().length <= TitleWords.MAX_KEYS) {
        looked.add(indexable.get(i));
      }
    }
    return looked;
  }

  /** Two words are looked up as pairs of their keys when there are at most this many (each asked for in both orders). */
  static final int MAX_PAIRS = 100;

  /**
   * A condition the GIN indexes of title_names answer: the name holds one of the keys as a word (V060), or one of the
   * pairs "a b" of two of its words (V070).
   */
  record Lookup(String[] keys, boolean pairs) {}

  /**
   * What the GIN indexes of title_names intersect for a text of two or more words with keys (not too common to look
   * up by); none otherwise (one word is read from title_word_names). The rarest of those words is looked up paired
   * with each other word (the pairs' lists are at most as long as its own, where a common word's list is long:
   * decoding it cost most of a search), or, where a pair cannot stand for the two words, each word alone: too many
   * pairs of keys, or a key of both (a name could hold the two words in that one word of its own, and a pair is two
   * different words).
   */
  static List<Lookup> lookups(List<WordKeys> words) {
    List<WordKeys> indexed = words.stream().filter(w -> w.keys().length <= TitleWords.MAX_KEYS).toList();
    if (indexed.size() < 2) {
      return List.of();
    }
    WordKeys rarest = indexed.stream().min(Comparator.comparingLong(w -> w.titles() == null ? 0 : w.titles())).orElseThrow();
    List<Lookup> lookups = new ArrayList<>();
    for (WordKeys word : indexed) {
      if (word != rarest) {
        String[] pairs = pairs(rarest.keys(), word.keys());
        lookups.add(pairs == null ? new Lookup(word.keys(), false) : new Lookup(pairs, true));
      }
    }
    if (lookups.stream().noneMatch(Lookup::pairs)) {
      lookups.add(0, new Lookup(rarest.keys(), false));
    }
    return lookups;
  }

  /** Every key of the one word with every key of the other, in both orders; null when too many or a key is of both. */
  static String[] pairs(String[] one, String[] other) {
    if ((long) one.length * other.length > MAX_PAIRS || !Collections.disjoint(Arrays.asList(one), Arrays.asList(other))) {
      return null;
    }
    String[] pairs = new String[2 * one.length * other.length];
    int i = 0;
    for (String a : one) {
      for (String b : other) {
        pairs[i++] = a + " " + b;
        pairs[i++] = b + " " + a;
      }
    }
    return pairs;
  }

  /**
   * The vocabulary word every match holds, for the rarest word of the text that is in one vocabulary word only: the
   * word index lists its names in name order. Null when there is none.
   */
  static String walkKey(List<WordKeys> words) {
    return words.stream().filter(w -> w.keys().length == 1)
        .min(Comparator.comparingLong(w -> w.titles() == null ? 0 : w.titles())).map(w -> w.keys()[0]).orElse(null);
  }

  /**
   * The vocabulary word the whole-word tier of a text of two or more words walks: where the text is a name's whole words,
   * each of its words inside the text stands between spaces, so it is a word of the name as the index splits it (the key
   * equal to it); its first word is the end of one (a key ending with it: what precedes it may be a character that
   * neither splits nor makes a word, such as a curly quote), its last the start of one. A word of the text with one such
   * key (or none: then no name holds the text as whole words, and the walk reads nothing) may be walked instead of the
   * walk word: "economic history" walks "economic" (not "economics", 16,667 names) where the walk word is "history"
   * (116,667 names, of which the first 63,000 in name order hold no "economic history"). The text's word with the fewest
   * titles among those and the walk key; null without a walk key.
   */
  static String phraseKey(String text, List<String> indexable, List<WordKeys> words, String walkKey) {
    if (walkKey == null) {
      return null;
    }
    String[] parts = text.split(" ");
    String best = walkKey;
    long bestTitles = words.stream().filter(w -> w.keys().length == 1 && w.keys()[0].equals(walkKey))
        .map(w -> w.titles() == null ? 0L : w.titles()).findFirst().orElse(0L);
    for (int i = 0; parts.length >= 2 && i < parts.length; i++) {
      int at = indexable.indexOf(parts[i]);
      if (at < 0 || at >= words.size() || words.get(at).keys().length > TitleWords.MAX_KEYS) {
        continue; // too short, split by punctuation, or too common to have all its keys
      }
      String part = parts[i];
      int position = i;
      List<String> keys = Arrays.stream(words.get(at).keys()).filter(k -> position == 0 ? k.endsWith(part)
          : position == parts.length - 1 ? k.startsWith(part) : k.equals(part)).toList();
      long titles = words.get(at).titles() == null ? 0 : words.get(at).titles();
      if (keys.size() <= 1 && titles < bestTitles) {
        best = keys.isEmpty() ? part : keys.get(0);
        bestTitles = titles;
      }
    }
    return best;
  }
}

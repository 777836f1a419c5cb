package org.folio.access.eholdings.titles;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.eholdings.common.query.TextMatch;
import org.folio.access.platform.db.Schemas;

/**
 * The page of a name search by relevance, as ids from title_names in four tiers of rank order, each in name order
 * and limited to the rows the page can need: 0 the name is the text, 1 it starts with it, 2 it holds it as whole
 * words, 3 it holds its words anywhere else. PostgreSQL runs the tiers one after the other and stops as soon as the
 * page is full.
 *
 * <p>Tiers 0 and 1 are ranges of the name index. Tiers 2 and 3 depend on how many titles hold the words: up to the
 * count cap, the matches are taken from the word index once and sorted (a few thousand at most); beyond it they
 * are common enough that reading the name index in order finds a page of them after a short walk. (Walking for a
 * text with few matches would read the whole index; sorting every match of a common word would read thousands.)
 */
final class NameTiers {
  /** title_names.name: the lower-cased name in byte order, so the name index gives name order, prefixes, equality. */
  static final String NAME = "t.name";

  private NameTiers() {}

  /**
   * Where walked tiers read names in name order: title_names' name index, or, given a vocabulary word every match
   * holds (walkKey), that word's rows of title_word_names, which hold only names with the word (and id and name, so
   * that they stand for the title as alias t; not its publication type). There the whole condition is hidden in a
   * CASE: estimated by its LIKEs, the planner would sort every row of the word instead of reading a page of them.
   * Every name read holds the strings of held (the walk key: a word of the name), so the text's words inside one of
   * them need no test. Both tables carry the title's package ids (PACKAGES), in their indexes too (V073).
   */
  record Walk(String from, boolean hide, List<String> held) {
    /** The package ids of the title read as alias t, from title_names or title_word_names. */
    static final String PACKAGES = "t.package_ids";

    static Walk of(String tenant, String walkKey, SqlParams params) {
      if (walkKey == null) {
        return new Walk(Schemas.table(tenant, "title_names") + " t WHERE ", false, List.of());
      }
      return new Walk(Schemas.table(tenant, "title_word_names") + " t WHERE t.word = " + params.bind(walkKey) + " AND ", true,
          List.of(walkKey));
    }

    String where(String condition) {
      return hide ? "(CASE WHEN " + condition + " THEN true ELSE false END)" : condition;
    }

    /**
     * The gate (a condition of the statement, not of the row) stays out of the CASE: a gate closed stops the tier
     * before it reads a row, where inside it every row of the word would be read and refused.
     */
    String where(String gate, String condition) {
      return gate + " AND " + where(condition);
    }
  }

  /**
   * Columns tier, id, sort_name of the page's titles by relevance. The statement around it defines matches, the
   * matching titles (id, name), at most cap + 1 of them, and counted, their number (n).
   */
  static String ids(String tenant, Walk walk, Walk wholeWordsWalk, TextMatch text, Match match,
      Function<SqlParams, String> filters, Paging paging, int cap, SqlParams params) {
    String names = Schemas.table(tenant, "title_names") + " t WHERE ";
    String end = String.valueOf(paging.offset() + paging.count());
    String exact = params.bind(text.text());
    String word = params.bind(text.wordRegex());
    String wholeWords = wholeWords(tenant, exact, word);
    String notPrefix = " AND " + notStartingWith(text.text(), params);
    String tier0 = NAME + " = " + exact + " AND " + filters.apply(params);
    String tier1 = startingWith(text.text(), false, params) + " AND " + filters.apply(params);
    // Walked tiers hide the whole-word test in a CASE, so that the planner estimates them by the words' LIKE alone
    // (it takes a regular expression for very selective, and would not walk).
    return tier(0, names, tier0, end) + " UNION ALL " + tier(1, names, tier1, end)
        + " UNION ALL " + tier(2, MATCHES, few(cap) + " AND " + wholeWords + notPrefix, end)
        + " UNION ALL " + tier(2, wholeWordsWalk, "NOT " + few(cap), match.of(params, wholeWordsWalk.held())
            + " AND (CASE WHEN " + wholeWords + " THEN true ELSE false END)" + notPrefix, end)
        + " UNION ALL " + tier(3, MATCHES, few(cap) + " AND NOT " + wholeWords + notPrefix, end)
        + " UNION ALL " + tier(3, walk, "NOT " + few(cap), match.of(params, walk.held()) + " AND (CASE WHEN " + wholeWords
            + " THEN false ELSE true END)" + notPrefix, end)
        + paging.limitOffset();
  }

  /**
   * Whether the name holds the text as whole words: the regular expression only where the name holds the text at all.
   * A match of the expression (the text, escaped, between word boundaries) always holds the text, so the strpos test
   * changes no answer; it spares the expression on the names that cannot match (most of them: PostgreSQL's engine cost
   * about ten times strpos a name, 3-4 ms of a rare text's 174 matches).
   */
  static String wholeWords(String tenant, String exact, String word) {
    return "(CASE WHEN strpos(" + NAME + ", " + exact + ") = 0 THEN false ELSE " + TextMatch.holdsWords(tenant, NAME, word)
        + " END)";
  }

  /** Columns tier, id, sort_name of the page's titles in name order (sort=name), from matches as {@link #ids}. */
  static String inNameOrder(Walk walk, Match match, Paging paging, int cap, SqlParams params) {
    String end = String.valueOf(paging.offset() + paging.count());
    return tier(0, MATCHES, few(cap), end) + " UNION ALL " + tier(0, walk, "NOT " + few(cap), match.of(params, walk.held()), end)
        + paging.limitOffset();
  }

  /**
   * The names that start with the text (with or without the text itself) as a range of the name index, so that a plan
   * made without the values (generic) still reads only that range (a LIKE pattern known only at execution cannot bound
   * an index scan). In byte order the range holds exactly those names (afterPrefix); starts_with is needed only where
   * the range has no end.
   */
  static String startingWith(String text, boolean withText, SqlParams params) {
    String exact = params.bind(text);
    String after = afterPrefix(text);
    return NAME + (withText ? " >= " : " > ") + exact + (after.equals(text) ? " AND starts_with(" + NAME + ", " + exact + ")"
        : " AND " + NAME + " < " + params.bind(after));
  }

  /**
   * The names that do not start with the text: outside the range of startingWith, two comparisons of bytes, in a CASE
   * so that the planner takes them for a filter, not for a range to read. (starts_with cuts the name at the text's
   * length in characters, counting them: five times the cost of the comparisons; called on every row a search reads,
   * it took about 6 % of the search's database time.)
   */
  static String notStartingWith(String text, SqlParams params) {
    return "(CASE WHEN " + startingWith(text, true, params) + " THEN false ELSE true END)";
  }

  /**
   * Every word of the (lower-cased) text somewhere in the name: LIKE patterns for plans made for the values (the planner
   * estimates them), strpos for generic plans (the same test, faster: it reads the rows of a word many times over),
   * but for the words inside one of held, strings every name read holds (a walk word's rows all hold it: "dentistry"
   * read from the rows of "dentistry" needs no test).
   */
  static String holdingWords(String text, boolean generic, List<String> held, SqlParams params) {
    if (!generic) {
      return TitleFilters.wordsCondition(NAME, text, params);
    }
    List<String> tested = TextMatch.of(text).words().stream().filter(w -> held.stream().noneMatch(h -> h.contains(w))).toList();
    return tested.isEmpty() ? "TRUE" : tested.stream().map(w -> "strpos(" + NAME + ", " + params.bind(w) + ") > 0")
        .collect(Collectors.joining(" AND ", "(", ")"));
  }

  /** The conditions of a search on the names read, but for the words inside one of held (holdingWords). */
  @FunctionalInterface
  interface Match {
    String of(SqlParams params, List<String> held);
  }

  /**
   * The least string above every string that starts with the text, in byte order (COLLATE "C", which orders UTF-8 as
   * code points): the text with its last code point raised by one. The text itself when there is no such code point
   * (then starts_with alone bounds the range).
   */
  static String afterPrefix(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int last = text.codePointBefore(text.length());
    int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
    if (next > Character.MAX_CODE_POINT) {
      return text;
    }
    return text.substring(0, text.length() - Character.charCount(last)) + new String(Character.toChars(next));
  }

  private static final Walk MATCHES = new Walk("matches t WHERE ", false, List.of());

  /** Whether the matching set is complete (not cut at the cap): a one-time condition of the statement. */
  private static String few(int cap) {
    return "(SELECT n <= " + cap + " FROM counted)";
  }

  private static String tier(int tier, String names, String where, String end) {
    return tier(tier, new Walk(names, false, List.of()), where, end);
  }

  private static String tier(int tier, Walk from, String where, String end) {
    return tier(tier, from.from() + from.where(where), end);
  }

  private static String tier(int tier, Walk from, String gate, String where, String end) {
    return tier(tier, from.from() + from.where(gate, where), end);
  }

  private static String tier(int tier, String fromWhere, String end) {
    return "(SELECT " + tier + " AS tier, t.id, " + NAME + " AS sort_name FROM " + fromWhere + " ORDER BY 3, 2 LIMIT " + end + ")";
  }
}

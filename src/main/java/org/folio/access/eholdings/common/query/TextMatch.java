package org.folio.access.eholdings.common.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.folio.access.platform.db.Schemas;

/**
 * The patterns a search text is matched and ranked with, computed once: the text lower-cased with its
 * spaces folded, LIKE patterns with %, _ and \ escaped, and a regular expression for whole words.
 * Relevance ranks a name 0 when it equals the text, 1 when it starts with it, 2 when it holds it as
 * whole words, 3 when it holds it anywhere else; then by name.
 */
public record TextMatch(String text) {
  /** Compiled once: a title search reads its text a dozen times while it builds its statement. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern REGEX_SPECIALS = Pattern.compile("([\\\\.^$|?*+()\\[\\]{}])");

  public static TextMatch of(String raw) {
    return new TextMatch(SPACES.matcher(raw.trim()).replaceAll(" ").toLowerCase(Locale.ROOT));
  }

  public String prefixPattern() {
    return escapeLike(text) + "%";
  }

  public String containsPattern() {
    return "%" + escapeLike(text) + "%";
  }

  /** PostgreSQL regular expression: the text between word boundaries. */
  public String wordRegex() {
    return "\\m" + REGEX_SPECIALS.matcher(text).replaceAll("\\\\$1") + "\\M";
  }

  public List<String> words() {
    return Arrays.stream(text.split(" ")).filter(w -> !w.isEmpty()).toList();
  }

  /** SQL ranking the lower-cased expression against the bound patterns (0 best), in the tenant's schema. */
  public String rankSql(String lowerExpression, String tenant, SqlParams params) {
    return "CASE WHEN " + lowerExpression + " = " + params.bind(text) + " THEN 0"
        + " WHEN " + lowerExpression + " LIKE " + params.bind(prefixPattern()) + " THEN 1"
        + " WHEN " + holdsWords(tenant, lowerExpression, params.bind(wordRegex())) + " THEN 2 ELSE 3 END";
  }

  /**
   * Whether the expression matches the bound wordRegex: under the tenant's collation word_letters (V071), in which
   * \m and \M take a letter of any script for a word character. (Under "C", a name column's collation, only ASCII
   * letters are: "caf" was whole words of "The Caf\u00e9 Review".)
   */
  public static String holdsWords(String tenant, String expression, String boundRegex) {
    return "(" + expression + " COLLATE " + Schemas.table(tenant, "word_letters") + " ~ " + boundRegex + ")";
  }

  public static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

package org.folio.access.eholdings.titles;

import java.util.function.Function;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.eholdings.common.query.TextMatch;

/**
 * The page of a name search by relevance, as four tiers in rank order, each in name order and limited to the
 * rows the page can need: 0 the name is the text, 1 it starts with it, 2 it holds it as whole words, 3 it holds
 * its words anywhere else. PostgreSQL runs the tiers one after the other and stops as soon as the page is full,
 * so a broad search reads a page of the name index instead of ranking every match; the full rows are read
 * for the page only.
 */
final class NameTiers {
  private NameTiers() {}

  static String page(String titles, TextMatch text, Function<SqlParams, String> match, Function<SqlParams, String> filters,
      Paging paging, SqlParams params) {
    String name = "lower(t.name)";
    String sortName = TitleSearch.NAME_ORDER;
    String end = String.valueOf(paging.offset() + paging.count());
    String exact = params.bind(text.text());
    String prefix = params.bind(text.prefixPattern());
    String word = params.bind(text.wordRegex());
    String tier0 = name + " = " + exact + " AND " + filters.apply(params);
    String tier1 = sortName + " LIKE " + prefix + " AND " + name + " <> " + exact + " AND " + filters.apply(params);
    // The whole-word test is written on (lower(t.name) || '') so that it stays a filter on the few rows the words
    // found: as an index condition, turning the regular expression into trigrams costs more than it saves.
    String wordTest = "(" + name + " || '')";
    String tier2 = match.apply(params) + " AND " + wordTest + " ~ " + word + " AND " + sortName + " NOT LIKE " + prefix;
    String tier3 = match.apply(params) + " AND " + wordTest + " !~ " + word + " AND " + sortName + " NOT LIKE " + prefix;
    return "WITH page AS (" + tier(0, titles, tier0, end) + " UNION ALL " + tier(1, titles, tier1, end)
        + " UNION ALL " + tier(2, titles, tier2, end) + " UNION ALL " + tier(3, titles, tier3, end)
        + paging.limitOffset() + ")"
        + " SELECT " + TitleRepository.COLUMNS + " FROM page p JOIN " + titles + " t ON t.id = p.id"
        + " ORDER BY p.tier, p.sort_name, p.id";
  }

  private static String tier(int tier, String titles, String where, String end) {
    return "(SELECT " + tier + " AS tier, t.id, " + TitleSearch.NAME_ORDER + " AS sort_name FROM " + titles + " t WHERE "
        + where + " ORDER BY 3, 2 LIMIT " + end + ")";
  }
}

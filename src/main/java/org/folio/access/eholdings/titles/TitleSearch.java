package org.folio.access.eholdings.titles;

import java.util.List;
import java.util.stream.Collectors;
import org.folio.access.eholdings.common.ids.RecordIds;
import org.folio.access.eholdings.common.query.Conditions;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.eholdings.common.query.QueryErrors;
import org.folio.access.eholdings.common.query.RecordFilters;
import org.folio.access.eholdings.common.query.Selection;
import org.folio.access.eholdings.common.query.SortOrder;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.eholdings.common.query.TextMatch;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.eholdings.common.tags.TagRepository;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.errors.JsonApiError;

/**
 * A checked title search and the one statement that answers it: the page, and the matching set's size and package
 * facets (counted up to a cap, so that a broad search costs a bounded amount). Filters on selection, access type and
 * packages look at the title's resources (in the packages asked for, if any).
 */
public final class TitleSearch {
  /** How titles order by name: lower-cased name in byte order (the order of titles_name_c_idx), then id. */
  static final String NAME_ORDER = "lower(t.name) COLLATE \"C\"";

  /** The first row's columns of TitleRepository.COLUMNS, selected and tags: none (it has no title). */
  private static final String HEAD_NULLS = "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL";

  /** The statement and its bound values. */
  public record Statement(String sql, SqlParams params) {}

  private final String tenant;
  private final TitleQuery query;
  private final Long[] packages;
  private final Selection selection;
  private final SortOrder sort;
  private final TitleFilters.TextFilter text;

  private TitleSearch(String tenant, TitleQuery query, Long[] packages, Selection selection, SortOrder sort,
      TitleFilters.TextFilter text) {
    this.tenant = tenant;
    this.query = query;
    this.packages = packages;
    this.selection = selection;
    this.sort = sort;
    this.text = text;
  }

  /** Checks the parameters: exactly one text filter unless tags or access types filter; valid values. */
  public static TitleSearch of(String tenant, TitleQuery query, List<String> packageIds) {
    SortOrder sort = SortOrder.parse(query.sort());
    Selection selection = Selection.parse(query.selected());
    TitleFilters.TextFilter text = TitleFilters.textFilter(query);
    if (text == null && !RecordFilters.given(query.tags()) && !RecordFilters.given(query.accessTypes())) {
      throw new JsonApiError(400, "All of filter[name], filter[isxn], filter[subject] and filter[publisher] cannot be missing.", null);
    }
    TitleFilters.typeCondition(query.type(), new SqlParams());
    return new TitleSearch(tenant, query, packageIds(packageIds), selection, sort, text);
  }

  /**
   * The one statement of the search. Its matching set (at most cap + 1 titles, in a CTE, counted once) gives the count, the
   * package facets (of all its titles up to the cap, of its first facetSample beyond; from the package ids a name
   * search's matches carry, else an index look-up of resources per title) and the page of a name search where
   * the set is small (not cut at the cap); the page's titles are its rows in order (pos 1, 2, ...), with whether a package
   * holds them selected and their tags, after a first row (pos 0, no title) with the count and the facets, which are
   * written and decoded once (on each of the page's rows, they were most of the bytes of the answer). A name search given
   * keys (for some of its words, the vocabulary words that contain it) finds its matching set through the word index.
   */
  public Statement statement(Paging paging, int cap, int facetSample, int facetPackages, List<WordKeys> words) {
    SqlParams params = new SqlParams();
    String walkKey = WordKeys.walkKey(words);
    String titles = Schemas.table(tenant, "titles");
    String matches = byName() ? nameMatches(words, cap, params) : "matches AS MATERIALIZED (SELECT t.id, " + NAME_ORDER
        + " AS name, NULL::bigint[] AS packages FROM " + Schemas.table(tenant, "titles") + " t WHERE " + match(params)
        + " LIMIT " + (cap + 1) + ")";
    String ids = pageIds(titles, paging, cap, walkKey, words, params);
    String facets = "facets AS (SELECT x.package_id, count(*) AS n, (SELECT k.name FROM " + Schemas.table(tenant, "packages")
        + " k WHERE k.id = x.package_id) AS package_name FROM (SELECT id, packages FROM matches LIMIT (SELECT CASE WHEN n <= "
        + cap + " THEN n ELSE " + facetSample + " END FROM counted)) m CROSS JOIN LATERAL (" + packagesOf()
        + ") x GROUP BY x.package_id ORDER BY n DESC, x.package_id LIMIT " + facetPackages + ")";
    String sql = "WITH " + matches + ", counted AS (SELECT count(*) AS n FROM matches), page AS (" + ids + "), " + facets
        + " SELECT row_number() OVER (ORDER BY p.tier, p.sort_name, p.id) AS pos, " + TitleRepository.COLUMNS + ", "
        + TitleRepository.selectedSql(tenant, "t.id") + " AS selected, "
        + TagRepository.arrayOfEach(tenant, RecordType.TITLE, "t.id::text") + " AS tags, NULL AS total, NULL AS facets"
        + " FROM page p JOIN " + titles + " t ON t.id = p.id"
        + " UNION ALL SELECT 0, " + HEAD_NULLS + ", (SELECT n FROM counted), (SELECT json_agg(json_build_array(f.package_id,"
        + " f.package_name, f.n) ORDER BY f.n DESC, lower(f.package_name), f.package_id) FROM facets f)::text ORDER BY 1";
    return new Statement(sql, params);
  }

  /**
   * The packages of a match m (column package_id): a name search's matches carry them (read from title_names or
   * title_word_names, or their indexes); other searches look up the title's resources (an index look-up, about 2.2 us).
   */
  private String packagesOf() {
    return byName() ? "SELECT unnest(m.packages) AS package_id"
        : "SELECT r.package_id FROM " + Schemas.table(tenant, "resources") + " r WHERE r.title_id = m.id";
  }

  /**
   * The first matches of a name search: the names that start with the text (they hold every word of it), a range of the
   * name index. When there are more of them than the cap, the matching set is complete (cut at the cap) before any word
   * of the index is read: a text like "journal of applied" would otherwise read thousands of rows of its rarest word to
   * find a thousand that hold the others too. In name order and limited, so that every plan reads the range in index
   * order and stops at the cap: planned without the values (a generic plan guesses the range's size), the planner took
   * a bitmap of the whole range when the table's pages were not marked all-visible (63,359 names for "journal of", 6.5
   * ms, to keep 1,001 of them), and the titles found first then came in the table's order.
   */
  private String namesFirst(int cap, SqlParams params) {
    return "(SELECT t.id, " + NameTiers.NAME + " AS name, " + NameTiers.Walk.PACKAGES + " AS packages FROM "
        + Schemas.table(tenant, "title_names") + " t WHERE "
        + NameTiers.startingWith(TextMatch.of(text.value()).text(), true, params) + " AND " + filters(params)
        + " ORDER BY t.name, t.id LIMIT " + (cap + 1) + ")";
  }

  /**
   * The matching set of a name search (CTE matches, and walked when it reads one): the names that start with the text
   * (namesFirst), then the other matches. With a word every match holds (walk key), these are read from that word's
   * rows of title_word_names in name order (the name is in its index), at most WALK_ROWS of them when the text has
   * other words the GIN index of names' words knows (and only PROBE_ROWS when few of those match): when those rows are
   * read without reaching the cap (the words seldom meet: "applied dentistry baltic" reads 16,666 rows for 174 titles),
   * the rest comes from the GIN index, which intersects the words' lists, for the names after the last one read; all
   * of them when the walk stopped after the probe (its matches are left out: the GIN index finds them again, and the
   * rows of title_names it gives are read in any case). (The GIN index costs more than the walk where the words go
   * together: "marine biology" finds its thousand in the first thousand rows.) Without a walk key, from title_names
   * through the GIN index, or through the keys' ids in title_word_names, or by reading names. Each match comes with its
   * packages, wherever it was read.
   */
  private String nameMatches(List<WordKeys> words, int cap, SqlParams params) {
    String walkKey = WordKeys.walkKey(words);
    List<WordKeys.Lookup> intersected = WordKeys.lookups(words);
    String notPrefix = " AND " + NameTiers.notStartingWith(TextMatch.of(text.value()).text(), params);
    String end = " LIMIT " + (cap + 1) + ")";
    List<String> indexed = WordKeys.lookedUp(indexableWords(), words);
    if (!walkable(walkKey) || intersected.isEmpty()) {
      NameTiers.Walk from = matchesFrom(WordKeys.drivers(words), walkKey, intersected, indexed, params);
      return "matches AS MATERIALIZED (" + namesFirst(cap, params) + " UNION ALL (SELECT t.id, " + NameTiers.NAME + " AS name, "
          + NameTiers.Walk.PACKAGES + " AS packages FROM " + from.from() + match(params, from.held()) + notPrefix + ")" + end;
    }
    NameTiers.Walk walk = NameTiers.Walk.of(tenant, walkKey, params);
    String probe = "probe AS MATERIALIZED (SELECT t.id, t.name, " + NameTiers.Walk.PACKAGES + " AS packages, "
        + match(params, walk.held()) + " AS hit FROM " + walk.from()
        + "TRUE" + notPrefix + " ORDER BY t.name, t.id LIMIT " + PROBE_ROWS + ")";
    String walked = "walked AS MATERIALIZED (SELECT p.id, p.name, p.packages, p.hit FROM probe p UNION ALL (SELECT t.id, "
        + "t.name, " + NameTiers.Walk.PACKAGES + ", " + match(params, walk.held()) + " AS hit FROM " + walk.from()
        + probeFull(">=") + notPrefix + " AND (t.name, t.id) > " + last("probe") + " ORDER BY t.name, t.id LIMIT "
        + (WALK_ROWS - PROBE_ROWS) + "))";
    NameTiers.Walk intersecting = matchesFrom(List.of(), null, intersected, indexed, params);
    String probeOnly = probeFull("<");
    String rest = "(SELECT t.id, t.name, " + NameTiers.Walk.PACKAGES + " FROM " + intersecting.from() + "(SELECT count(*) IN ("
        + PROBE_ROWS + ", " + WALK_ROWS + ") FROM walked) AND " + match(params, intersecting.held()) + notPrefix + " AND ("
        + probeOnly + " OR (t.name, t.id) > " + last("walked") + "))";
    return probe + ", " + walked + ", matches AS MATERIALIZED (" + namesFirst(cap, params) + " UNION ALL (SELECT w.id, w.name,"
        + " w.packages FROM walked w WHERE w.hit AND NOT " + probeOnly + ") UNION ALL " + rest + end;
  }

  /** How many rows of its walk word a text with other indexed words reads at most before it asks the GIN index. */
  static final int WALK_ROWS = 2_000;
  /**
   * The first rows of the walk read: unless half of them match, the GIN index is asked at once (the words seldom meet:
   * "applied operations research nordic" finds 22 titles in 2,000 rows of "operations", all of them among the first 200
   * in name order), else the walk goes on to WALK_ROWS ("marine biology": every row matches).
   */
  static final int PROBE_ROWS = 200;
  static final int PROBE_HITS = PROBE_ROWS / 2;

  /**
   * Whether the probe read PROBE_ROWS rows, with a number of matches that compares (hits: "<" or ">=") to PROBE_HITS: the
   * walk goes on, or stops there and the GIN index gives every other match. A one-time condition of the statement.
   */
  private static String probeFull(String hits) {
    return "(SELECT count(*) = " + PROBE_ROWS + " AND count(*) FILTER (WHERE p.hit) " + hits + " " + PROBE_HITS + " FROM probe p)";
  }

  /** The last row of a walked CTE in name order, as a row value. */
  private static String last(String cte) {
    return "(SELECT w.name, w.id FROM " + cte + " w ORDER BY w.name DESC, w.id DESC LIMIT 1)";
  }

  /**
   * Where the other matches of a name search are read, up to its WHERE's first condition: title_names through the GIN
   * indexes of names' words and pairs of words (WordKeys.lookups: the rarest word paired with each other one, each pair
   * condition a name holding one of the pairs of their keys; the index intersects the lists); the walk
   * word's rows of title_word_names; title_names through the word index's keys, the ids of their rows in
   * title_word_names (or, without keys, by reading names). With the words every name read there holds: the GIN
   * indexes' (indexed: each inside a word of the name), the walk word, or none.
   */
  private NameTiers.Walk matchesFrom(List<String[]> keys, String walkKey, List<WordKeys.Lookup> intersected,
      List<String> indexed, SqlParams params) {
    if (!intersected.isEmpty()) {
      String words = Schemas.table(tenant, "title_name_words") + "(" + NameTiers.NAME + ")";
      String pairs = Schemas.table(tenant, "title_word_pairs") + "(" + words + ")";
      return new NameTiers.Walk(Schemas.table(tenant, "title_names") + " t WHERE " + intersected.stream()
          .map(k -> (k.pairs() ? pairs : words) + " && " + params.bind(k.keys()) + "::text[] AND ").collect(Collectors.joining()),
          false, indexed);
    }
    if (walkable(walkKey)) {
      return NameTiers.Walk.of(tenant, walkKey, params);
    }
    String wordNames = Schemas.table(tenant, "title_word_names");
    return new NameTiers.Walk(Schemas.table(tenant, "title_names") + " t WHERE " + keys.stream().map(k -> "t.id IN (SELECT w.id FROM "
        + wordNames + " w WHERE w.word = ANY(" + params.bind(k) + "::text[])) AND ").collect(Collectors.joining()), false, List.of());
  }

  /** Whether title_word_names can stand for title_names: a walk key, and no filter[type] (it has no publication type). */
  private boolean walkable(String walkKey) {
    return walkKey != null && (query.type() == null || query.type().isEmpty());
  }

  /**
   * Whether the statement may run on a plan made without its values (generic, kept per connection): a name search
   * with no other filter, whose statement reads ranges of indexes that every value bounds (the word index by word, the
   * name index by name). Other searches are planned for their values (filters over packages, selection, tags or types
   * are too skewed to plan blind).
   */
  public boolean genericPlan() {
    return byName() && (query.type() == null || query.type().isEmpty()) && packages.length == 0 && selection == null
        && !RecordFilters.given(query.tags()) && !RecordFilters.given(query.accessTypes());
  }

  /** The words of a name search the word index can look up (none for other searches). */
  public List<String> indexableWords() {
    return byName() ? TitleWords.indexable(TextMatch.of(text.value())) : List.of();
  }

  /** Columns tier, id, sort_name of the page's titles, in the order of the page. */
  private String pageIds(String titles, Paging paging, int cap, String walkKey, List<WordKeys> words, SqlParams params) {
    if (byName()) {
      NameTiers.Walk walk = NameTiers.Walk.of(tenant, walkable(walkKey) ? walkKey : null, params);
      if (sort != SortOrder.RELEVANCE) {
        return NameTiers.inNameOrder(walk, this::match, paging, cap, params);
      }
      String phraseKey = walkable(walkKey) ? WordKeys.phraseKey(TextMatch.of(text.value()).text(), indexableWords(), words,
          walkKey) : null;
      NameTiers.Walk wholeWords = phraseKey == null || phraseKey.equals(walkKey) ? walk : NameTiers.Walk.of(tenant, phraseKey, params);
      return NameTiers.ids(tenant, walk, wholeWords, TextMatch.of(text.value()), this::match, this::filters, paging, cap, params);
    }
    if (text != null && text.field().equals("isxn")) {
      // An identifier matches a handful of titles: they are sorted from the matching set. (Asked for in name order
      // the planner, which cannot tell how few they are, would walk the whole name index instead.)
      return "SELECT 0 AS tier, m.id, m.name AS sort_name FROM matches m ORDER BY 3, 2" + paging.limitOffset();
    }
    String rank = sort == SortOrder.RELEVANCE && text != null
        ? TextMatch.of(text.value()).rankSql(text.rankExpression(), tenant, params) : "0";
    return "SELECT " + rank + " AS tier, t.id, " + NAME_ORDER + " AS sort_name FROM " + titles + " t WHERE " + match(params)
        + " ORDER BY 1, 3, 2" + paging.limitOffset();
  }

  /** Whether the text filter is the name: then the search reads title_names (alias t), else titles. */
  private boolean byName() {
    return text != null && text.field().equals("name");
  }

  /** Every condition of the search, the text filter included. */
  String match(SqlParams params) {
    return match(params, List.of());
  }

  /** Every condition of the search, but for the name's words inside one of held, which every name read holds. */
  String match(SqlParams params, List<String> held) {
    String filters = filters(params);
    if (text == null) {
      return filters;
    }
    return (byName() ? NameTiers.holdingWords(text.value(), genericPlan(), held, params)
        : TitleFilters.textCondition(text, params)) + " AND " + filters;
  }

  /** The conditions other than the text filter. */
  String filters(SqlParams params) {
    Conditions where = new Conditions();
    String type = TitleFilters.typeCondition(query.type(), params);
    if (type != null) {
      where.add(type);
    }
    String resources = Schemas.table(tenant, "resources");
    String scope = "SELECT 1 FROM " + resources + " r WHERE r.title_id = t.id"
        + (packages.length > 0 ? " AND r.package_id = ANY(" + params.bind(packages) + ")" : "");
    if (packages.length > 0) {
      where.add("EXISTS (" + scope + ")");
    }
    if (selection != null) {
      where.add(switch (selection) {
        case SELECTED -> "EXISTS (" + scope + " AND r.is_selected)";
        case NOT_SELECTED -> "NOT EXISTS (" + scope + " AND r.is_selected)";
        case EBSCO -> "EXISTS (" + scope + " AND r.is_selected AND r.package_id IN (SELECT id FROM "
            + Schemas.table(tenant, "packages") + " WHERE NOT is_custom))";
      });
    }
    if (RecordFilters.given(query.tags())) {
      where.add("(" + RecordFilters.tagged(tenant, RecordType.TITLE, "t.id::text", query.tags(), params) + " OR EXISTS ("
          + scope + " AND " + RecordFilters.tagged(tenant, RecordType.RESOURCE,
              "(r.provider_id || '-' || r.package_id || '-' || r.title_id)", query.tags(), params) + "))");
    }
    if (RecordFilters.given(query.accessTypes())) {
      where.add("EXISTS (" + scope + " AND " + RecordFilters.accessTypeNamed(tenant, "r.access_type_id", query.accessTypes(), params) + ")");
    }
    return where.where();
  }

  /** Package ids as numbers: 3964 or 19-3964; anything else is a 400. */
  static Long[] packageIds(List<String> ids) {
    if (ids == null) {
      return new Long[0];
    }
    return ids.stream().filter(id -> id != null && !id.isBlank()).map(String::trim).map(id -> {
      int dash = id.indexOf('-');
      if (dash >= 0 && RecordIds.number(id.substring(0, dash)).isEmpty()) {
        throw QueryErrors.invalid("filter[packageIds]");
      }
      return RecordIds.number(id.substring(dash + 1)).orElseThrow(() -> QueryErrors.invalid("filter[packageIds]"));
    }).toArray(Long[]::new);
  }
}

package org.folio.access.eholdings.titles;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.db.Schemas;
import org.folio.access.rest.model.TitlePackageFacet;

/** Runs the statement of a title search. */
public final class TitleSearchRepository {
  /**
   * How many matching titles a search counts; beyond, totalResults is an estimate (a name search's, WordKeys.estimate)
   * and facets count the packages of the first FACET_SAMPLE matching titles found.
   */
  public static final int COUNT_CAP = 1_000;
  /** Beyond the count cap, the facets' sample (each title of a search other than by name costs a look-up of resources). */
  static final int FACET_SAMPLE = 200;
  private static final int FACET_PACKAGES = 100;
  private final WordStats stats = new WordStats();

  /** A title of the page with whether some package holds it selected and its tags. */
  public record Listed(TitleRow row, boolean selected, List<String> tags) {}

  /** The page's titles, the size of the matching set (exact up to COUNT_CAP, estimated beyond) and its top packages. */
  public record Found(List<Listed> titles, long matching, List<TitlePackageFacet> facets) {}

  /**
   * The search in one transaction whose BEGIN and COMMIT cost no round trip of their own: its words' vocabulary keys
   * first (KEYS_PLANS), then the search's statement, with the page's titles' selection
   * and tags, on a plan kept per connection (generic: planning it cost more than running it) when the search allows it
   * (TitleSearch.genericPlan), else planned for its values. A word no name holds answers an empty
   * page without the statement.
   */
  public Future<Found> search(Db db, TitleSearch search, Paging paging, String tenant) {
    return db.inPipelinedTransaction(tx -> {
      SqlConnection conn = tx.conn();
      conn.preparedQuery(KEYS_PLANS).execute();
      return keys(conn, tenant, search.indexableWords()).compose(words -> {
        if (words.stream().anyMatch(w -> w.keys().length == 0)) {
          return Future.succeededFuture(new Found(List.of(), 0, List.of()));
        }
        Long estimate = WordKeys.estimate(words);
        TitleSearch.Statement statement = search.statement(paging, COUNT_CAP, FACET_SAMPLE, FACET_PACKAGES, words);
        conn.preparedQuery(search.genericPlan() ? SEARCH_PLANS_GENERIC : SEARCH_PLANS_CUSTOM).execute();
        Future<Found> found = conn.preparedQuery(statement.sql()).execute(statement.params().tuple())
            .map(rows -> found(rows, COUNT_CAP, estimate));
        tx.commit();
        return found;
      });
    });
  }

  /**
   * The vocabulary look-up reads the trigram index, nothing else: with a million vocabulary words the planner took a
   * scan of the whole word index in word order for DISTINCT ... LIMIT (108 ms a word, custom plan or not); bitmap scans
   * only, on a plan kept per connection. Neither statement of the search runs in parallel: the generic plan of a text
   * of two words, one pair of the GIN index of pairs, took two workers for a few hundred rows (their start cost more
   * CPU than the scan). The settings are one prepared statement each (set_config, local to the transaction): as SET
   * and RESET statements, parsed and run one by one, they cost PostgreSQL about 0.15 ms a search, a twentieth of it.
   * The search's statement then plans with the scans on again. A name search's (generic plan) does not prefetch the
   * pages of its bitmap scans of title_names, which stays cached: each page was looked up in the buffer table twice,
   * 3 % of the database's work for a text of rare words.
   */
  private static final String KEYS_PLANS = "SELECT set_config('plan_cache_mode', 'force_generic_plan', true),"
      + " set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true),"
      + " set_config('enable_indexonlyscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)";
  private static final String SCANS_ON = "SELECT set_config('enable_seqscan', 'on', true), set_config('enable_indexscan', 'on', true),"
      + " set_config('enable_indexonlyscan', 'on', true), set_config('plan_cache_mode', ";
  private static final String SEARCH_PLANS_GENERIC = SCANS_ON + "'force_generic_plan', true),"
      + " set_config('effective_io_concurrency', '0', true)";
  private static final String SEARCH_PLANS_CUSTOM = SCANS_ON + "'force_custom_plan', true)";

  /**
   * For each word, the vocabulary words containing it (at most MAX_KEYS + 1: more means too common to look up by)
   * and how many titles hold one of them by the statistics of title_word_names (WordStats). The keys are looked up
   * once per word (materialized). The statistics come back only when their version is not the one this instance
   * holds for the tenant (the one-time condition of s), which is then replaced.
   */
  private Future<List<WordKeys>> keys(SqlClient client, String tenant, List<String> words) {
    if (words.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    String[] patterns = words.stream().map(TitleWords::containing).toArray(String[]::new);
    WordStats.Read known = stats.of(tenant);
    return client.preparedQuery("WITH k AS MATERIALIZED (SELECT x.i, ARRAY(SELECT DISTINCT w.word FROM "
            + Schemas.table(tenant, "title_words") + " w WHERE w.word LIKE x.p LIMIT " + (TitleWords.MAX_KEYS + 1)
            + ") AS keys FROM unnest($1::text[]) WITH ORDINALITY AS x(p, i)),"
            + " v AS MATERIALIZED (SELECT c.reltuples::float8 AS rows, c.oid || ' ' || c.reltuples || ' '"
            + " || (pg_stat_get_analyze_count(c.oid) + pg_stat_get_autoanalyze_count(c.oid)) AS version"
            + " FROM pg_class c WHERE c.oid = $3::regclass),"
            + " s AS MATERIALIZED (SELECT st.most_common_vals::text::text[] AS words, st.most_common_freqs::float8[] AS shares"
            + " FROM pg_stats st WHERE st.schemaname = $2 AND st.tablename = 'title_word_names' AND st.attname = 'word'"
            + " AND (SELECT v.version FROM v) IS DISTINCT FROM $4)"
            + " SELECT k.keys, v.version, v.rows, (SELECT s.words FROM s), (SELECT s.shares FROM s) FROM k, v ORDER BY k.i")
        .execute(Tuple.of(patterns, Schemas.of(tenant), Schemas.table(tenant, "title_word_names"), known.version()))
        .map(rows -> {
          WordStats.Read read = known;
          List<WordKeys> keys = new ArrayList<>();
          for (Row row : rows) {
            if (!row.getString("version").equals(read.version())) {
              read = stats.keep(tenant, WordStats.Read.of(row.getString("version"), row.getArrayOfStrings("words"),
                  row.getArrayOfDoubles("shares"), row.getDouble("rows")));
            }
            String[] wordKeys = row.getArrayOfStrings("keys");
            keys.add(new WordKeys(wordKeys, read.titles(wordKeys)));
          }
          return keys;
        });
  }

  private static Found found(RowSet<Row> rows, int cap, Long estimate) {
    List<Listed> titles = new ArrayList<>();
    long matching = 0;
    List<TitlePackageFacet> facets = List.of();
    for (Row row : rows) {
      if (row.getLong("id") == null) {
        matching = total(row.getLong("total"), cap, estimate);
        facets = facets(row.getString("facets"));
      } else {
        titles.add(new Listed(TitleRepository.read(row), row.getBoolean("selected"), List.of(row.getArrayOfStrings("tags"))));
      }
    }
    return new Found(titles, matching, facets);
  }

  /** The exact count up to the cap; beyond it the estimate, and never less than cap + 1. */
  static long total(long counted, int cap, Long estimate) {
    return counted <= cap ? counted : Math.max(cap + 1L, estimate == null ? 0 : estimate);
  }

  /** [[packageId, name, count], ...] as the statement aggregates them; null when no title is in a package. */
  private static List<TitlePackageFacet> facets(String json) {
    List<TitlePackageFacet> facets = new ArrayList<>();
    if (json != null) {
      new JsonArray(json).forEach(f -> {
        JsonArray facet = (JsonArray) f;
        facets.add(new TitlePackageFacet().withId(facet.getLong(0)).withName(facet.getString(1))
            .withCount(facet.getInteger(2)));
      });
    }
    return facets;
  }
}

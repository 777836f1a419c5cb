package org.folio.access.eholdings.titles;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * PostgreSQL's statistics of the word index (title_word_names.word: its most common words, the share of rows each
 * holds, and the table's row count) as this module instance last read them, per tenant. They change only when the
 * table is analyzed or vacuumed, so a search reads them again only when its version differs: the table (a tenant
 * enabled again after a purge has a new one), its row count and the number of times it was analyzed. (Read on every
 * search, pg_stats finds the table by name in every tenant's schema: about 0.1 ms of a search with two tenants in
 * the database, 0.9 ms with a hundred.)
 */
final class WordStats {
  /** The statistics of one tenant's word index at one version; no words before the first ANALYZE. */
  record Read(String version, Map<String, Double> shares, double rows) {
    static final Read NONE = new Read(null, Map.of(), 0);

    static Read of(String version, String[] words, Double[] shares, double rows) {
      if (words == null || shares == null) {
        return new Read(version, Map.of(), rows);
      }
      Map<String, Double> byWord = new HashMap<>();
      for (int i = 0; i < words.length && i < shares.length; i++) {
        byWord.put(words[i], shares[i]);
      }
      return new Read(version, Map.copyOf(byWord), rows);
    }

    /**
     * How many titles hold one of the keys by these statistics (a row of the word index per word and title); null when
     * none of the keys is among the most common words (a rare word, or no statistics yet).
     */
    Long titles(String[] keys) {
      double share = 0;
      boolean known = false;
      for (String key : keys) {
        Double s = shares.get(key);
        if (s != null) {
          share += s;
          known = true;
        }
      }
      return known ? Math.round(rows * share) : null;
    }
  }

  private final ConcurrentMap<String, Read> byTenant = new ConcurrentHashMap<>();

  /** The tenant's statistics as last read; Read.NONE before the first search. */
  Read of(String tenant) {
    return byTenant.getOrDefault(tenant, Read.NONE);
  }

  /** Keeps what a search read again (its version differed) as the tenant's statistics. */
  Read keep(String tenant, Read read) {
    byTenant.put(tenant, read);
    return read;
  }
}

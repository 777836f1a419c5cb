package org.folio.access.eholdings.kbart;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/**
 * The set-based SQL of the merge. A batch is a range of staged title keys (all lines of a key fall in one
 * batch, so a title's coverage lines add up); its titles are upserted by key, then its resources in the
 * package. Updates touch only the managed parts of the documents and only rows that change, so the library's
 * customisations of resources (custom coverage and embargo, coverage statement, visibility, user defined
 * fields, proxy, access type, selection) are never written.
 */
final class KbartMergeRepository {
  /** Title keys sorted as the database sorts them, so that batches follow the index. */
  private static final String BOUND = "SELECT k AS upper,"
      + " (SELECT count(*) FROM %1$s WHERE import_id = $1 AND title_key > $2 AND title_key <= k) AS lines,"
      + " (SELECT count(DISTINCT title_key) FROM %1$s WHERE import_id = $1 AND title_key > $2 AND title_key <= k) AS titles"
      + " FROM (SELECT coalesce("
      + "   (SELECT title_key FROM %1$s WHERE import_id = $1 AND title_key > $2 ORDER BY title_key OFFSET $3 LIMIT 1),"
      + "   (SELECT max(title_key) FROM %1$s WHERE import_id = $1 AND title_key > $2)) AS k) AS bound";
  /** The batch, one row per title: the first line's documents, every line's coverage (newest first). */
  private static final String BATCH = "WITH batch AS (SELECT title_key,"
      + " (array_agg(title ORDER BY line_no))[1] AS title, (array_agg(isxn ORDER BY line_no))[1] AS isxn,"
      + " (array_agg(resource ORDER BY line_no))[1] AS resource,"
      + " coalesce(jsonb_agg(coverage ORDER BY coverage->>'beginCoverage' DESC, coverage->>'endCoverage' DESC)"
      + "   FILTER (WHERE coverage IS NOT NULL), '[]') AS coverages"
      + " FROM %1$s WHERE import_id = $1 AND title_key > $2 AND title_key <= $3 GROUP BY title_key) ";
  private static final String TITLE_MANAGED = "ARRAY['name', 'publicationType', 'publisherName', 'edition', 'contributors', 'identifiers']";
  private static final String UPSERT_TITLES = BATCH
      + "INSERT INTO %2$s AS t (name, publication_type, publisher_name, is_custom, isxn, subjects, external_key, jsonb)"
      + " SELECT title->>'name', title->>'publicationType', title->>'publisherName', false, string_to_array(isxn, ' '), '',"
      + "   title_key, title || '{\"subjects\": [], \"isPeerReviewed\": false}'"
      + " FROM batch ORDER BY title_key"
      + " ON CONFLICT (external_key) WHERE external_key IS NOT NULL DO UPDATE SET name = EXCLUDED.name,"
      + "   publication_type = EXCLUDED.publication_type, publisher_name = EXCLUDED.publisher_name, isxn = EXCLUDED.isxn,"
      + "   jsonb = (t.jsonb - " + TITLE_MANAGED + ") || (EXCLUDED.jsonb - ARRAY['subjects', 'isPeerReviewed'])"
      + " WHERE (t.name, t.publication_type, t.publisher_name, t.isxn, t.jsonb->'edition', t.jsonb->'contributors', t.jsonb->'identifiers')"
      + "   IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.publication_type, EXCLUDED.publisher_name, EXCLUDED.isxn,"
      + "   EXCLUDED.jsonb->'edition', EXCLUDED.jsonb->'contributors', EXCLUDED.jsonb->'identifiers')"
      + " RETURNING t.id, (t.xmax = 0) AS inserted";
  private static final String RESOURCE_MANAGED = "ARRAY['url', 'managedCoverages', 'managedEmbargoPeriod']";
  private static final String UPSERT_RESOURCES = BATCH
      + "INSERT INTO %3$s AS r (package_id, title_id, provider_id, is_selected, jsonb)"
      + " SELECT $4, t.id, $5, $6, b.resource || jsonb_build_object('managedCoverages', b.coverages, 'customCoverages', '[]'::jsonb)"
      + " FROM batch b JOIN %2$s t ON t.external_key = b.title_key ORDER BY t.id"
      + " ON CONFLICT (package_id, title_id) DO UPDATE"
      + "   SET jsonb = (r.jsonb - " + RESOURCE_MANAGED + ") || (EXCLUDED.jsonb - 'customCoverages')"
      + " WHERE (r.jsonb->'url', r.jsonb->'managedCoverages', r.jsonb->'managedEmbargoPeriod')"
      + "   IS DISTINCT FROM (EXCLUDED.jsonb->'url', EXCLUDED.jsonb->'managedCoverages', EXCLUDED.jsonb->'managedEmbargoPeriod')"
      + " RETURNING r.title_id, (r.xmax = 0) AS inserted";

  /** The next batch: its last title key (null when every staged line is merged), its lines and titles. */
  record Bound(String upperKey, int lines, int titles) {}

  /** What one batch or removal window did. */
  record Step(MergeCounts counts, int selectedAdded, int selectedRemoved) {}

  Future<Bound> nextBatch(SqlClient conn, String tenant, UUID importId, String afterKey, int batchLines) {
    return conn.preparedQuery(String.format(BOUND, staged(tenant)))
        .execute(Tuple.of(importId, afterKey, batchLines - 1))
        .map(rows -> {
          Row row = rows.iterator().next();
          return new Bound(row.getString("upper"), row.getLong("lines").intValue(), row.getLong("titles").intValue());
        });
  }

  /** Merges the batch's titles and resources; answers added/updated/unchanged as seen from the package. */
  Future<Step> mergeBatch(SqlClient conn, String tenant, ImportRecord imp, String afterKey, Bound bound, boolean selectNew) {
    Set<Long> titlesChanged = new HashSet<>();
    Set<Long> resourcesAdded = new HashSet<>();
    Set<Long> resourcesChanged = new HashSet<>();
    return conn.preparedQuery(String.format(UPSERT_TITLES, staged(tenant), Schemas.table(tenant, "titles")))
        .execute(Tuple.of(imp.id(), afterKey, bound.upperKey()))
        .compose(rows -> {
          rows.forEach(row -> {
            if (!row.getBoolean("inserted")) {
              titlesChanged.add(row.getLong("id"));
            }
          });
          return conn.preparedQuery(String.format(UPSERT_RESOURCES, staged(tenant), Schemas.table(tenant, "titles"),
                  Schemas.table(tenant, "resources")))
              .execute(Tuple.of(imp.id(), afterKey, bound.upperKey(), imp.packageId(), imp.providerId(), selectNew));
        })
        .map(rows -> {
          rows.forEach(row -> (row.getBoolean("inserted") ? resourcesAdded : resourcesChanged).add(row.getLong("title_id")));
          titlesChanged.removeAll(resourcesAdded);
          resourcesChanged.addAll(titlesChanged);
          int added = resourcesAdded.size();
          int updated = resourcesChanged.size();
          MergeCounts counts = new MergeCounts(bound.lines(), added, updated, bound.titles() - added - updated, 0);
          return new Step(counts, selectNew ? added : 0, 0);
        });
  }

  private static String staged(String tenant) {
    return Schemas.table(tenant, "kbart_staged_lines");
  }
}

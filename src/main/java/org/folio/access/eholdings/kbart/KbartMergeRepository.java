package org.folio.access.eholdings.kbart;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/**
 * The set-based SQL of the merge. A batch is a range of staged title keys (all lines of a key fall in one
 * batch, so a title's coverage lines add up). One statement merges a batch: its titles are upserted by key,
 * then its resources in the package, and it answers what changed. Updates touch only the managed parts of the
 * documents and only rows that change, so the library's customisations of resources (custom coverage and
 * embargo, coverage statement, visibility, user defined fields, proxy, access type, selection) are never
 * written. Title data is shared: an empty value never erases a stored one, and a title that other packages
 * hold keeps its data (it only gains what it lacks); what is specific to the package lives on its resource.
 */
final class KbartMergeRepository {
  /** The last title key of the next batch: the key `$3` lines on, or the last key when fewer are left. */
  private static final String BOUND = "SELECT coalesce("
      + " (SELECT title_key FROM %1$s WHERE import_id = $1 AND title_key > $2 ORDER BY title_key OFFSET $3 LIMIT 1),"
      + " (SELECT max(title_key) FROM %1$s WHERE import_id = $1 AND title_key > $2)) AS upper";
  private static final String TITLE_MANAGED = "ARRAY['name', 'publicationType', 'publisherName', 'edition', 'contributors', 'identifiers']";
  private static final String RESOURCE_MANAGED = "ARRAY['url', 'managedCoverages', 'managedEmbargoPeriod', 'managedRollingWindow',"
      + " 'managedCoverageDepth', 'managedNotes']";
  /** The managed values of a stored resource r, of a wanted one k, of the excluded row: compared to find changes. */
  private static final String STORED = "(r.jsonb->'url', r.jsonb->'managedCoverages', r.jsonb->'managedEmbargoPeriod',"
      + " r.jsonb->'managedRollingWindow', r.jsonb->'managedCoverageDepth', r.jsonb->'managedNotes')";
  private static final String WANTED = "(k.resource->'url', k.coverages, k.resource->'managedEmbargoPeriod',"
      + " k.resource->'managedRollingWindow', k.resource->'managedCoverageDepth', k.resource->'managedNotes')";
  private static final String EXCLUDED = "(EXCLUDED.jsonb->'url', EXCLUDED.jsonb->'managedCoverages', EXCLUDED.jsonb->'managedEmbargoPeriod',"
      + " EXCLUDED.jsonb->'managedRollingWindow', EXCLUDED.jsonb->'managedCoverageDepth', EXCLUDED.jsonb->'managedNotes')";
  /*
   * grouped:  one row per title (key and name key): the first line's title, every line's resource values and
   *           coverage, all aggregated in line order (so that PostgreSQL sorts the batch once, not every group).
   * counted:  the title's resource values and coverages combined (by functions, only for titles of several lines),
   *           and how many names share its key.
   * named:    a title key that several names share in this file: the name of the stored title (else the first
   *           name in the file) keeps the key, the others get '<key>|name:<name key>'.
   * batch:    the titles as they are stored, if they are (id, and whether the file's values differ). Looked up title
   *           by title (LATERAL ... OFFSET 0 keeps the lookup a probe of the key index per title, whatever the
   *           planner estimates): a hash join would read the whole titles table once per batch.
   * shaped:   for stored titles that differ: whether another package holds the title (then its data is kept and
   *           only completed), and the title data after the merge.
   * upserted: new titles, and titles whose managed data changes. Unchanged titles are not even locked.
   * keyed:    the id of every title of the batch: from upserted, or as the statement's snapshot showed it. A title
   *           that another import added after that snapshot is in neither: `missing` says so, and the caller
   *           runs the batch again in a new transaction.
   * wanted:   the resources to write: new ones and those whose managed fields differ, each looked up by its key
   *           (as in batch: a hash join read all the package's resources once per batch, which made a re-import
   *           of a million lines cost a million resources per batch).
   * merged:   new resources of the package, and those whose managed fields differ; the others are not touched.
   */
  private static final String MERGE = "WITH grouped AS (SELECT title_key, name_key, min(line_no) AS first_line, count(*) AS lines,"
      + "   (array_agg(title ORDER BY line_no))[1] AS title, (array_agg(isxn ORDER BY line_no))[1] AS isxn,"
      + "   array_agg(resource ORDER BY line_no) AS resources, array_agg(coverage ORDER BY line_no) AS line_coverages"
      + "   FROM %1$s WHERE import_id = $1 AND title_key > $2 AND title_key <= $3 GROUP BY title_key, name_key),"
      + " counted AS (SELECT g.title_key, g.name_key, g.first_line, g.lines, g.title, g.isxn,"
      + "   CASE WHEN g.lines = 1 THEN g.resources[1] ELSE %4$s(g.resources, g.line_coverages) END AS resource,"
      + "   CASE WHEN g.lines > 1 THEN %5$s(g.line_coverages) WHEN g.line_coverages[1] IS NULL THEN '[]'"
      + "     ELSE jsonb_build_array(g.line_coverages[1]) END AS coverages,"
      + "   count(*) OVER (PARTITION BY g.title_key) AS names FROM grouped g),"
      + " ranked AS (SELECT c.title_key, c.name_key, row_number() OVER (PARTITION BY c.title_key ORDER BY"
      + "     lower(c.title->>'name') IS NOT DISTINCT FROM (SELECT lower(t.name) FROM %2$s t WHERE t.external_key = c.title_key) DESC,"
      + "     c.first_line) AS rank"
      + "   FROM counted c WHERE c.names > 1),"
      + " named AS (SELECT c.*, CASE WHEN c.names = 1 OR r.rank = 1 THEN c.title_key ELSE c.title_key || '|name:' || c.name_key END AS key"
      + "   FROM counted c LEFT JOIN ranked r ON r.title_key = c.title_key AND r.name_key = c.name_key),"
      + " batch AS (SELECT l.*, string_to_array(l.isxn, ' ') AS isxn_array, t.id, t.name AS stored_name,"
      + "   t.publication_type AS stored_type, t.publisher_name AS stored_publisher, t.jsonb AS stored,"
      + "   (t.name, t.publication_type, t.publisher_name, t.isxn, t.jsonb->'edition', t.jsonb->'contributors', t.jsonb->'identifiers')"
      + "   IS DISTINCT FROM (l.title->>'name', l.title->>'publicationType', l.title->>'publisherName', string_to_array(l.isxn, ' '),"
      + "     l.title->'edition', l.title->'contributors', l.title->'identifiers') AS differs"
      + "   FROM named l LEFT JOIN LATERAL (SELECT * FROM %2$s t WHERE t.external_key = l.key OFFSET 0) t ON true),"
      + " shaped AS (SELECT b.key, b.id, b.isxn_array, CASE WHEN b.id IS NULL THEN b.title ELSE %6$s(b.stored, b.stored_name,"
      + "     b.stored_type, b.stored_publisher, b.title,"
      + "     EXISTS (SELECT 1 FROM %3$s o WHERE o.title_id = b.id AND o.package_id <> $4)) END AS title"
      + "   FROM batch b WHERE b.differs),"
      + " upserted AS (INSERT INTO %2$s AS t (name, publication_type, publisher_name, is_custom, isxn, subjects, external_key, jsonb)"
      + "   SELECT title->>'name', title->>'publicationType', title->>'publisherName', false,"
      + "     CASE WHEN id IS NULL THEN isxn_array ELSE %7$s(title->'identifiers') END, '',"
      + "     key, title || '{\"subjects\": [], \"isPeerReviewed\": false}'"
      + "   FROM shaped ORDER BY key"
      + "   ON CONFLICT (external_key) WHERE external_key IS NOT NULL DO UPDATE SET name = EXCLUDED.name,"
      + "     publication_type = EXCLUDED.publication_type, publisher_name = EXCLUDED.publisher_name, isxn = EXCLUDED.isxn,"
      + "     jsonb = (t.jsonb - " + TITLE_MANAGED + ") || (EXCLUDED.jsonb - ARRAY['subjects', 'isPeerReviewed'])"
      + "   WHERE (t.name, t.publication_type, t.publisher_name, t.isxn, t.jsonb->'edition', t.jsonb->'contributors',"
      + "     t.jsonb->'identifiers') IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.publication_type, EXCLUDED.publisher_name,"
      + "     EXCLUDED.isxn, EXCLUDED.jsonb->'edition', EXCLUDED.jsonb->'contributors', EXCLUDED.jsonb->'identifiers')"
      + "   RETURNING t.id, t.external_key, (t.xmax = 0) AS inserted),"
      + " keyed AS (SELECT b.key, coalesce(u.id, b.id) AS id, b.resource, b.coverages"
      + "   FROM batch b LEFT JOIN upserted u ON u.external_key = b.key WHERE coalesce(u.id, b.id) IS NOT NULL),"
      + " wanted AS (SELECT k.id, k.resource || jsonb_build_object('managedCoverages', k.coverages) AS managed"
      + "   FROM keyed k LEFT JOIN LATERAL (SELECT r.title_id, r.jsonb FROM %3$s r WHERE r.package_id = $4 AND r.title_id = k.id OFFSET 0) r ON true"
      + "   WHERE r.title_id IS NULL OR " + STORED + " IS DISTINCT FROM " + WANTED + "),"
      + " merged AS (INSERT INTO %3$s AS r (package_id, title_id, provider_id, is_selected, jsonb)"
      + "   SELECT $4, id, $5, $6, managed || '{\"customCoverages\": []}' FROM wanted ORDER BY id"
      + "   ON CONFLICT (package_id, title_id) DO UPDATE"
      + "     SET jsonb = (r.jsonb - " + RESOURCE_MANAGED + ") || (EXCLUDED.jsonb - 'customCoverages')"
      + "   WHERE " + STORED + " IS DISTINCT FROM " + EXCLUDED
      + "   RETURNING r.title_id, (r.xmax = 0) AS inserted)"
      + " SELECT (SELECT coalesce(sum(lines), 0) FROM batch) AS lines, (SELECT count(*) FROM batch) AS titles,"
      + "   (SELECT count(*) FROM batch) - (SELECT count(*) FROM keyed) AS missing,"
      + "   (SELECT count(*) FROM merged WHERE inserted) AS added,"
      + "   (SELECT count(*) FROM (SELECT title_id FROM merged WHERE NOT inserted"
      + "     UNION SELECT id FROM upserted WHERE NOT inserted"
      + "       AND id NOT IN (SELECT title_id FROM merged WHERE inserted)) AS changed) AS updated";

  /** What one batch or removal window did. */
  record Step(MergeCounts counts, int selectedAdded, int selectedRemoved) {}

  /** A title of the batch that the statement could not see: the batch must run again, in a new transaction. */
  static final class TitleRaced extends RuntimeException {
    TitleRaced() {
      super("a title of the batch was added by another import meanwhile", null, false, false);
    }
  }

  /** The last title key of the next batch of about `batchLines` lines, or null when every staged line is merged. */
  Future<String> nextBatch(SqlClient conn, String tenant, UUID importId, String afterKey, int batchLines) {
    return conn.preparedQuery(String.format(BOUND, staged(tenant)))
        .execute(Tuple.of(importId, afterKey, batchLines - 1))
        .map(rows -> rows.iterator().next().getString("upper"));
  }

  /** Merges the titles and resources of the keys after `afterKey` up to `upperKey`; counts as the package sees it. */
  Future<Step> mergeBatch(SqlClient conn, String tenant, ImportRecord imp, String afterKey, String upperKey, boolean selectNew) {
    return conn.preparedQuery(String.format(MERGE, staged(tenant), Schemas.table(tenant, "titles"), Schemas.table(tenant, "resources"),
            Schemas.table(tenant, "kbart_combined_resource"), Schemas.table(tenant, "kbart_combined_coverages"),
            Schemas.table(tenant, "kbart_merged_title"), Schemas.table(tenant, "kbart_isxn")))
        .execute(Tuple.of(imp.id(), afterKey, upperKey, imp.packageId(), imp.providerId(), selectNew))
        .compose(rows -> {
          Row row = rows.iterator().next();
          if (row.getLong("missing") > 0) {
            return Future.failedFuture(new TitleRaced());
          }
          int added = row.getLong("added").intValue();
          int updated = row.getLong("updated").intValue();
          int titles = row.getLong("titles").intValue();
          MergeCounts counts = new MergeCounts(row.getLong("lines").intValue(), added, updated, titles - added - updated, 0);
          return Future.succeededFuture(new Step(counts, selectNew ? added : 0, 0));
        });
  }

  private static String staged(String tenant) {
    return Schemas.table(tenant, "kbart_staged_lines");
  }
}

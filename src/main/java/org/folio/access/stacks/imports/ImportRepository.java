package org.folio.access.stacks.imports;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;
import org.folio.access.stacks.items.ItemRepository;

/** stacks_imports: one row per import, its counts and how far its merge got. */
final class ImportRepository {
  /** Rejected lines kept per import. */
  static final int REJECTED_KEPT = 1000;

  Future<Void> insert(SqlClient client, String tenant, UUID id, UUID jobId, ImportBatch batch, String rejected, UUID user) {
    return client.preparedQuery("INSERT INTO " + table(tenant) + " (id, job_id, lines_read, lines_accepted, lines_rejected,"
            + " rejected, last_line, created_by) VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8)")
        .execute(Tuple.from(new Object[] {id, jobId, batch.linesRead(), batch.accepted(), batch.rejectedTotal(), rejected,
            batch.lastLine(), user}))
        .mapEmpty();
  }

  Future<Optional<ImportRecord>> find(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + ImportRecord.COLUMNS + " FROM " + table(tenant) + " WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.<ImportRecord>empty() : Optional.of(ImportRecord.of(rows.iterator().next())));
  }

  Future<Void> bibsMerged(SqlClient client, String tenant, UUID id, int bibs) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET bibs_merged = true, bibs = $2 WHERE id = $1")
        .execute(Tuple.of(id, bibs)).mapEmpty();
  }

  /** Records a merged range: counts added, rejections appended (up to the kept number). */
  Future<Void> rangeMerged(SqlClient client, String tenant, UUID id, int toLine, ItemRepository.Merged merged) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET merged_to_line = $2, items_created = items_created + $3,"
            + " items_updated = items_updated + $4, items_unchanged = items_unchanged + $7,"
            + " items_rejected = items_rejected + $5, lines_rejected = lines_rejected + $5,"
            + " rejected = CASE WHEN $5 = 0 THEN rejected ELSE (SELECT coalesce(jsonb_agg(e ORDER BY (e->>'line')::int), '[]'::jsonb)"
            + " FROM (SELECT e FROM jsonb_array_elements(rejected || $6::text::jsonb) e ORDER BY (e->>'line')::int"
            + " LIMIT " + REJECTED_KEPT + ") kept) END WHERE id = $1")
        .execute(Tuple.from(new Object[] {id, toLine, merged.created(), merged.updated(), merged.rejectedCount(), merged.rejected(),
            merged.unchanged()}))
        .mapEmpty();
  }

  /** Counts a round of ranges merged at once that failed and is merged again one range at a time. */
  Future<Void> rangeRedone(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET ranges_redone = ranges_redone + 1 WHERE id = $1")
        .execute(Tuple.of(id)).mapEmpty();
  }

  Future<Void> finish(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET finished_at = now() WHERE id = $1 AND finished_at IS NULL")
        .execute(Tuple.of(id)).mapEmpty();
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "stacks_imports");
  }
}

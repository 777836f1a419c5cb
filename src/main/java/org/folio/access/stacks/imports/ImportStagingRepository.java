package org.folio.access.stacks.imports;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.db.StagedLines;

/** stacks_import_bibs and stacks_import_items: the staged records of an upload, until its merge is done. */
final class ImportStagingRepository {
  private static final int DISCARD_CHUNK = 50_000;

  /** Writes one batch: one multi-row insert per record kind (pipelined). */
  Future<Void> stage(SqlClient client, String tenant, UUID importId, ImportBatch.Staged lines) {
    return Future.all(bibs(client, tenant, importId, lines.bibs()), items(client, tenant, importId, lines.items())).mapEmpty();
  }

  private Future<Void> bibs(SqlClient client, String tenant, UUID importId, List<ImportLine.Bib> bibs) {
    if (bibs.isEmpty()) {
      return Future.succeededFuture();
    }
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "stacks_import_bibs")
            + " (import_id, line_no, work_id, title, location_codes)"
            + " SELECT $1, n, w, t, string_to_array(c, ' ') FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS u (n, w, t, c)")
        .execute(Tuple.tuple().addUUID(importId)
            .addArrayOfInteger(bibs.stream().map(ImportLine.Bib::lineNo).toArray(Integer[]::new))
            .addArrayOfString(strings(bibs, ImportLine.Bib::workId))
            .addArrayOfString(strings(bibs, ImportLine.Bib::title))
            .addArrayOfString(strings(bibs, b -> String.join(" ", b.locationCodes()))))
        .mapEmpty();
  }

  private Future<Void> items(SqlClient client, String tenant, UUID importId, List<ImportLine.Item> items) {
    if (items.isEmpty()) {
      return Future.succeededFuture();
    }
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "stacks_import_items")
            + " (import_id, line_no, item_id, record_number, work_id, location_code, location_name, status_code, status_label,"
            + " opac_message, due_date, shelfmark, copy) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[],"
            + " $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::timestamptz[], $12::text[], $13::text[])")
        .execute(Tuple.tuple().addUUID(importId)
            .addArrayOfInteger(items.stream().map(ImportLine.Item::lineNo).toArray(Integer[]::new))
            .addArrayOfString(strings(items, ImportLine.Item::itemId))
            .addArrayOfString(strings(items, ImportLine.Item::recordNumber))
            .addArrayOfString(strings(items, ImportLine.Item::workId))
            .addArrayOfString(strings(items, ImportLine.Item::locationCode))
            .addArrayOfString(strings(items, ImportLine.Item::locationName))
            .addArrayOfString(strings(items, ImportLine.Item::statusCode))
            .addArrayOfString(strings(items, ImportLine.Item::statusLabel))
            .addArrayOfString(strings(items, ImportLine.Item::opacMessage))
            .addArrayOfOffsetDateTime(items.stream().map(ImportLine.Item::dueDate).toArray(OffsetDateTime[]::new))
            .addArrayOfString(strings(items, ImportLine.Item::shelfmark))
            .addArrayOfString(strings(items, ImportLine.Item::copy)))
        .mapEmpty();
  }

  /**
   * Drops an import's staged records: when no other import has staged lines and nothing else uses the staging
   * tables just now, both are truncated (one cheap statement where deleting a million rows cost more than a range
   * merge); otherwise a chunk at a time (no statement runs into the timeout).
   */
  Future<Void> discard(Pool pool, String tenant, UUID importId) {
    String items = Schemas.table(tenant, "stacks_import_items");
    String bibs = Schemas.table(tenant, "stacks_import_bibs");
    return pool.withTransaction(conn -> conn.query("LOCK TABLE " + items + ", " + bibs + " IN ACCESS EXCLUSIVE MODE NOWAIT").execute()
            .compose(x -> conn.preparedQuery("SELECT EXISTS (SELECT 1 FROM " + items + " WHERE import_id < $1)"
                + " OR EXISTS (SELECT 1 FROM " + items + " WHERE import_id > $1) OR EXISTS (SELECT 1 FROM " + bibs
                + " WHERE import_id < $1) OR EXISTS (SELECT 1 FROM " + bibs + " WHERE import_id > $1) AS others")
                .execute(Tuple.of(importId)))
            .compose(rows -> rows.iterator().next().getBoolean("others") ? Future.succeededFuture(false)
                : conn.query("TRUNCATE " + items + ", " + bibs).execute().map(true)))
        .otherwise(false)
        .compose(truncated -> truncated ? Future.<Void>succeededFuture()
            : discardFrom(pool, items, importId).compose(x -> discardFrom(pool, bibs, importId)));
  }

  private Future<Void> discardFrom(SqlClient client, String table, UUID importId) {
    return client.preparedQuery("DELETE FROM " + table + " WHERE ctid = ANY(ARRAY(SELECT ctid FROM " + table
            + " WHERE import_id = $1 LIMIT $2))")
        .execute(Tuple.of(importId, DISCARD_CHUNK))
        .compose(rows -> rows.rowCount() < DISCARD_CHUNK ? Future.<Void>succeededFuture() : discardFrom(client, table, importId));
  }

  /**
   * Drops staged lines of uploads cut off a week ago or more (StagedLines, as KBART's), except those of an import
   * still waiting for its merge; so an abandoned upload no longer keeps every later finish from truncating.
   */
  Future<Void> sweepAbandoned(SqlClient client, String tenant) {
    String waiting = "EXISTS (SELECT 1 FROM " + Schemas.table(tenant, "stacks_imports") + " i WHERE i.id = s.import_id"
        + " AND i.finished_at IS NULL)";
    return StagedLines.sweepAbandoned(client, Schemas.table(tenant, "stacks_import_items"), waiting)
        .compose(x -> StagedLines.sweepAbandoned(client, Schemas.table(tenant, "stacks_import_bibs"), waiting));
  }

  private static <T> String[] strings(List<T> lines, Function<T, String> value) {
    return lines.stream().map(value).toArray(String[]::new);
  }
}

package org.folio.access.eholdings.kbart;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Locale;
import java.util.UUID;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;

/** The SQL of kbart_imports, and of the provider and managed package an import creates when they are new. */
final class KbartImportRepository {
  private static final String COLUMNS = "id, job_id, provider_id, package_id, provider_name, package_name, content_type,"
      + " lines_read, lines_staged, lines_rejected, rejected_lines::text AS rejected_lines, lines_warned, warned_lines::text AS warned_lines, phase, merged_key,"
      + " removed_after, lines_merged, titles_added, titles_updated, titles_unchanged, titles_removed, created_at, finished_at";

  /** The key that matches providers and packages across imports: the name, trimmed, in lower case. */
  static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /** The provider with this key, created when new; the no-op update locks and returns an existing one. */
  Future<Long> ensureProvider(SqlClient conn, String tenant, String name) {
    return conn.preparedQuery("INSERT INTO " + Schemas.table(tenant, "providers") + " AS p (name, external_key, jsonb)"
            + " VALUES ($1, $2, $3" + Jsonb.CAST + ") ON CONFLICT (external_key) WHERE external_key IS NOT NULL"
            + " DO UPDATE SET external_key = p.external_key RETURNING id")
        .execute(Tuple.of(name.trim(), key(name), new JsonObject().put("supportsCustomPackages", false).encode()))
        .map(rows -> rows.iterator().next().getLong("id"));
  }

  /** The provider's managed package with this key, created when new; its content type follows the latest upload. */
  Future<Long> ensurePackage(SqlClient conn, String tenant, long providerId, String name, String contentType) {
    JsonObject doc = new JsonObject().put("packageType", "Variable").put("allowKbToAddTitles", true);
    return conn.preparedQuery("INSERT INTO " + Schemas.table(tenant, "packages")
            + " AS k (provider_id, name, content_type, is_custom, external_key, jsonb)"
            + " VALUES ($1, $2, $3, false, $4, $5" + Jsonb.CAST + ")"
            + " ON CONFLICT (provider_id, external_key) WHERE external_key IS NOT NULL"
            + " DO UPDATE SET content_type = EXCLUDED.content_type RETURNING id")
        .execute(Tuple.of(providerId, name.trim(), contentType, key(name), doc.encode()))
        .map(rows -> rows.iterator().next().getLong("id"));
  }

  Future<Void> insert(SqlClient conn, String tenant, ImportRecord r, UUID createdBy) {
    return conn.preparedQuery("INSERT INTO " + Schemas.table(tenant, "kbart_imports") + " (id, job_id, provider_id,"
            + " package_id, provider_name, package_name, content_type, created_by, lines_read, lines_staged,"
            + " lines_rejected, rejected_lines, lines_warned, warned_lines) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,"
            + " $12" + Jsonb.CAST + ", $13, $14" + Jsonb.CAST + ")")
        .execute(Tuple.tuple().addUUID(r.id()).addUUID(r.jobId()).addLong(r.providerId()).addLong(r.packageId())
            .addString(r.providerName()).addString(r.packageName()).addString(r.contentType()).addUUID(createdBy)
            .addInteger(r.linesRead()).addInteger(r.linesStaged()).addInteger(r.linesRejected())
            .addString(r.rejectedLines()).addInteger(r.linesWarned()).addString(r.warnedLines()))
        .mapEmpty();
  }

  /** The tenant's import, or null. */
  Future<ImportRecord> find(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + COLUMNS + " FROM " + Schemas.table(tenant, "kbart_imports") + " WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : record(rows.iterator().next()));
  }

  private static ImportRecord record(Row row) {
    MergeCounts counts = new MergeCounts(row.getInteger("lines_merged"), row.getInteger("titles_added"),
        row.getInteger("titles_updated"), row.getInteger("titles_unchanged"), row.getInteger("titles_removed"));
    return new ImportRecord(row.getUUID("id"), row.getUUID("job_id"), row.getLong("provider_id"), row.getLong("package_id"),
        row.getString("provider_name"), row.getString("package_name"), row.getString("content_type"),
        row.getInteger("lines_read"), row.getInteger("lines_staged"), row.getInteger("lines_rejected"),
        row.getString("rejected_lines"), row.getInteger("lines_warned"), row.getString("warned_lines"), row.getString("phase"), row.getString("merged_key"), row.getLong("removed_after"),
        counts, row.getOffsetDateTime("created_at"), row.getOffsetDateTime("finished_at"));
  }
}

package org.folio.access.eholdings.kbart;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.db.StagedLines;

/** The SQL of kbart_staged_lines: accepted lines of an upload, written in batches, dropped after the merge. */
final class KbartStagingRepository {
  private static final int DISCARD_CHUNK = 50_000;

  /** Writes one batch of accepted lines as one multi-row insert (vertx-pg-client has no COPY). */
  Future<Void> stage(SqlClient client, String tenant, UUID importId, List<KbartLine.Accepted> lines) {
    if (lines.isEmpty()) {
      return Future.succeededFuture();
    }
    int n = lines.size();
    Integer[] lineNos = new Integer[n];
    String[] keys = new String[n];
    String[] names = new String[n];
    String[] isxn = new String[n];
    String[] titles = new String[n];
    String[] resources = new String[n];
    String[] coverages = new String[n];
    for (int i = 0; i < n; i++) {
      KbartLine.Accepted line = lines.get(i);
      lineNos[i] = line.lineNo();
      keys[i] = line.titleKey();
      names[i] = line.nameKey();
      isxn[i] = String.join(" ", line.isxn());
      titles[i] = Jsonb.write(line.title());
      resources[i] = Jsonb.write(line.resource());
      coverages[i] = line.coverage() == null ? null : Jsonb.write(line.coverage());
    }
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "kbart_staged_lines")
            + " (import_id, line_no, title_key, name_key, isxn, title, resource, coverage)"
            + " SELECT $1, n, k, nk, i, t::jsonb, r::jsonb, c::jsonb"
            + " FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS u (n, k, nk, i, t, r, c)")
        .execute(Tuple.tuple().addUUID(importId).addArrayOfInteger(lineNos).addArrayOfString(keys).addArrayOfString(names)
            .addArrayOfString(isxn).addArrayOfString(titles).addArrayOfString(resources).addArrayOfString(coverages))
        .mapEmpty();
  }

  /**
   * Drops the staged lines of one import (after its merge, or when its upload failed) a chunk at a time, so that
   * no statement of a file of millions of lines runs into the statement timeout.
   */
  Future<Void> discard(SqlClient client, String tenant, UUID importId) {
    String table = Schemas.table(tenant, "kbart_staged_lines");
    return client.preparedQuery("DELETE FROM " + table + " WHERE ctid = ANY(ARRAY(SELECT ctid FROM " + table
            + " WHERE import_id = $1 LIMIT $2))")
        .execute(Tuple.of(importId, DISCARD_CHUNK))
        .compose(rows -> rows.rowCount() < DISCARD_CHUNK ? Future.<Void>succeededFuture() : discard(client, tenant, importId));
  }

  /** Drops lines staged more than a week ago: uploads whose connection broke before they were queued. */
  Future<Void> sweepAbandoned(SqlClient client, String tenant) {
    return StagedLines.sweepAbandoned(client, Schemas.table(tenant, "kbart_staged_lines"), null);
  }
}

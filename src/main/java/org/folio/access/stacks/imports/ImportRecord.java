package org.folio.access.stacks.imports;

import io.vertx.sqlclient.Row;
import java.util.UUID;

/** An import as stored: counts, how far the merge got, and the first rejected lines (JSON). */
record ImportRecord(UUID id, UUID jobId, int linesRead, int linesAccepted, int linesRejected, String rejected, int bibs,
    int itemsCreated, int itemsUpdated, int itemsUnchanged, int itemsRejected, boolean bibsMerged, int mergedToLine, int lastLine,
    int rangesRedone, String createdDate, String finishedDate) {

  static final String COLUMNS = "id, job_id, lines_read, lines_accepted, lines_rejected, rejected::text AS rejected, bibs,"
      + " items_created, items_updated, items_unchanged, items_rejected, bibs_merged, merged_to_line, last_line, ranges_redone,"
      + " to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') AS created,"
      + " to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') AS finished";

  static ImportRecord of(Row r) {
    return new ImportRecord(r.getUUID("id"), r.getUUID("job_id"), r.getInteger("lines_read"), r.getInteger("lines_accepted"),
        r.getInteger("lines_rejected"), r.getString("rejected"), r.getInteger("bibs"), r.getInteger("items_created"),
        r.getInteger("items_updated"), r.getInteger("items_unchanged"), r.getInteger("items_rejected"), r.getBoolean("bibs_merged"),
        r.getInteger("merged_to_line"), r.getInteger("last_line"), r.getInteger("ranges_redone"), r.getString("created"), r.getString("finished"));
  }

  boolean finished() {
    return finishedDate != null;
  }

  int percent() {
    if (finished()) {
      return 100;
    }
    int steps = lastLine + 1;
    return (int) Math.min(99, 100L * ((bibsMerged ? 1 : 0) + Math.min(mergedToLine, lastLine)) / steps);
  }
}

package org.folio.access.eholdings.kbart;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One KBART import as kbart_imports holds it: what was uploaded, where the merge stands (phase and checkpoint)
 * and what it did. rejectedLines and warnedLines are stored JSON arrays [{line, reason}].
 */
record ImportRecord(UUID id, UUID jobId, long providerId, long packageId, String providerName, String packageName,
    String contentType, int linesRead, int linesStaged, int linesRejected, String rejectedLines, int linesWarned, String warnedLines, String phase,
    String mergedKey, long removedAfter, MergeCounts counts, OffsetDateTime createdAt, OffsetDateTime finishedAt) {

  static final String MERGING = "merging";
  static final String REMOVING = "removing";
  static final String DONE = "done";

  ImportRecord withMerged(String key, MergeCounts step) {
    return new ImportRecord(id, jobId, providerId, packageId, providerName, packageName, contentType, linesRead,
        linesStaged, linesRejected, rejectedLines, linesWarned, warnedLines, phase, key, removedAfter, counts.plus(step), createdAt, finishedAt);
  }

  ImportRecord withRemoved(long titleId, int removed) {
    return new ImportRecord(id, jobId, providerId, packageId, providerName, packageName, contentType, linesRead,
        linesStaged, linesRejected, rejectedLines, linesWarned, warnedLines, phase, mergedKey, titleId, counts.plus(new MergeCounts(0, 0, 0, 0, removed)),
        createdAt, finishedAt);
  }

  ImportRecord withPhase(String next) {
    return new ImportRecord(id, jobId, providerId, packageId, providerName, packageName, contentType, linesRead,
        linesStaged, linesRejected, rejectedLines, linesWarned, warnedLines, next, mergedKey, removedAfter, counts, createdAt, finishedAt);
  }

  /** How far the merge is: the share of staged lines merged, 100 only when the removals are done too. */
  int percent() {
    if (DONE.equals(phase)) {
      return 100;
    }
    return linesStaged == 0 ? 0 : (int) Math.min(99, 100L * counts.linesMerged() / linesStaged);
  }

  /** What the job reports as its progress. */
  JsonObject progress() {
    return new JsonObject().put("importId", id.toString()).put("phase", phase)
        .put("linesStaged", linesStaged).put("linesMerged", counts.linesMerged()).put("titlesAdded", counts.added())
        .put("titlesUpdated", counts.updated()).put("titlesUnchanged", counts.unchanged())
        .put("titlesRemoved", counts.removed()).put("percent", percent());
  }
}

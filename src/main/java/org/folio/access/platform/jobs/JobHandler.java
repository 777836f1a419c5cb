package org.folio.access.platform.jobs;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * Runs one kind of job. The returned document becomes the job's final progress. Report progress through
 * `progress` as the work goes: each report also extends the job's lease, so keep reports under the lease
 * time apart. A failed Future is retried with backoff up to maxAttempts, then the job is failed.
 */
public interface JobHandler {
  String type();

  Future<JsonObject> run(Job job, JobProgress progress);

  default int maxAttempts() {
    return 3;
  }
}

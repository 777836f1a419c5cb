package org.folio.access.eholdings.kbart;

import org.folio.access.platform.jobs.JobStatus;

/** An import and its background job (null if the job row is gone). */
public record ImportStatus(ImportRecord record, JobStatus job) {

  /** queued, running, completed or failed: the job's state; without a job, what the merge reached. */
  String state() {
    if (job != null) {
      return job.state();
    }
    return ImportRecord.DONE.equals(record.phase()) ? "completed" : "failed";
  }
}

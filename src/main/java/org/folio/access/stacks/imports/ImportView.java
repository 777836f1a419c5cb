package org.folio.access.stacks.imports;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.folio.access.platform.jobs.JobStatus;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.StacksImport;
import org.folio.access.rest.model.StacksRejectedLine;

/** An import as the API answers it: the record's counts and the job's state. */
final class ImportView {
  private ImportView() {}

  static JsonObject progress(ImportRecord r) {
    return new JsonObject().put("importId", r.id().toString()).put("percent", r.percent())
        .put("itemsCreated", r.itemsCreated()).put("itemsUpdated", r.itemsUpdated())
        .put("itemsUnchanged", r.itemsUnchanged()).put("linesRejected", r.linesRejected()).put("rangesRedone", r.rangesRedone());
  }

  static StacksImport document(ImportRecord r, JobStatus job) {
    String state = r.finished() ? "completed" : job == null ? "queued" : job.state();
    return new StacksImport().withId(r.id().toString()).withStatus(StacksImport.Status.fromValue(state))
        .withLinesRead(r.linesRead()).withLinesAccepted(r.linesAccepted()).withLinesRejected(r.linesRejected())
        .withBibs(r.bibs()).withItemsCreated(r.itemsCreated()).withItemsUpdated(r.itemsUpdated())
        .withItemsUnchanged(r.itemsUnchanged()).withRangesRedone(r.rangesRedone()).withPercent(r.percent())
        .withRejectedLines(List.of(Json.decode(r.rejected(), StacksRejectedLine[].class)))
        .withError("failed".equals(state) && job != null ? "The merge failed; see the module's log for request " + r.id() : null)
        .withCreatedDate(r.createdDate()).withFinishedDate(r.finishedDate());
  }

  static String location(ImportRecord r) {
    return "/stacks/imports/" + r.id();
  }
}

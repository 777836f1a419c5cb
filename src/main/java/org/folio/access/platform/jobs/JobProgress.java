package org.folio.access.platform.jobs;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/** Lets a running job publish its progress (and so keep its lease). */
@FunctionalInterface
public interface JobProgress {
  Future<Void> report(JsonObject progress);
}

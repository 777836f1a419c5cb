package org.folio.access.platform.errors;

import io.vertx.pgclient.PgException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.platform.db.DbErrors;

/** Turns any failure into an ApiError, once. Anything unforeseen becomes a logged 500 with a reference. */
public final class Failures {
  private static final Logger LOG = LogManager.getLogger(Failures.class);

  private Failures() {}

  public static ApiError toApiError(Throwable failure, String requestId) {
    if (failure instanceof ApiError api) {
      return api;
    }
    if (failure instanceof PgException pg) {
      ApiError translated = DbErrors.translate(pg);
      if (translated != null) {
        return translated;
      }
    }
    LOG.error("Unexpected failure of request {}", requestId, failure);
    return new ApiError(500, "INTERNAL_ERROR", "Internal error; request id " + requestId, java.util.List.of());
  }
}

package org.folio.access.platform.errors;

import io.vertx.ext.web.handler.HttpException;
import io.vertx.pgclient.PgException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.platform.db.DbErrors;
import org.folio.access.platform.db.DbOutages;

/** Turns any failure into an ApiError, once. Anything unforeseen becomes a logged 500 with a reference. */
public final class Failures {
  private static final Logger LOG = LogManager.getLogger(Failures.class);
  private static final ThrottledLog OUTAGES = new ThrottledLog(LOG, 10_000);

  private Failures() {}

  public static ApiError toApiError(Throwable failure, String requestId) {
    return toApiError(failure, null, requestId);
  }

  /** As toApiError, naming the tenant and request in the log lines it writes. */
  public static ApiError toApiError(Throwable failure, String tenant, String requestId) {
    if (failure instanceof ApiError api) {
      return api;
    }
    if (failure instanceof HttpException http && http.getStatusCode() < 500) {
      return new ApiError(http.getStatusCode(), "BAD_REQUEST", http.getPayload() != null ? http.getPayload()
          : "The request cannot be served (" + http.getStatusCode() + ")", java.util.List.of());
    }
    if (failure instanceof PgException pg) {
      ApiError translated = DbErrors.translate(pg);
      if (translated != null) {
        return translated;
      }
    }
    String outage = DbOutages.kind(failure);
    if (outage != null) {
      OUTAGES.error(outage, "Database unavailable (" + outage + "): request answered 503 " + DbOutages.CODE
          + " tenant=" + tenant + " requestId=" + requestId);
      return DbOutages.unavailable(outage);
    }
    LOG.error("Unexpected failure tenant={} requestId={}", tenant, requestId, failure);
    return new ApiError(500, "INTERNAL_ERROR", "Internal error; request id " + requestId, java.util.List.of());
  }
}

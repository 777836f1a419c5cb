package org.folio.access.connectors.sierra;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import org.folio.access.connectors.common.UpstreamFailure;
import org.folio.access.platform.errors.ApiError;

/**
 * Sierra's refusals decided by the `code` and `specificCode` of its JSON error body, not by the HTTP status
 * (its circulation refusals come as HTTP 500 with code 132). Outages become 503 with Retry-After; the ILS's own
 * words never reach our callers.
 */
public final class SierraErrors {
  /** Seconds a caller should wait after an outage. */
  static final int RETRY_AFTER_SECONDS = 30;
  /** Sierra's circulation (XCirc) refusals. */
  static final int XCIRC = 132;
  /** Sierra's "record not found". */
  static final int NOT_FOUND = 107;

  private SierraErrors() {}

  /** code/specificCode of a Sierra error body; null when the body is not one. */
  record Code(int code, int specificCode) {
    /** "Already on hold for or checked out to you" (2) and "your request has already been sent" (929). */
    boolean alreadyYours() {
      return code == XCIRC && (specificCode == 2 || specificCode == 929);
    }
  }

  static Code code(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonObject json = new JsonObject(body);
      Integer code = json.getInteger("code");
      return code == null ? null : new Code(code, json.getInteger("specificCode", 0));
    } catch (DecodeException | ClassCastException e) {
      return null;
    }
  }

  /**
   * The kind of a Sierra answer that is not a success: a body with a Sierra code decides (XCirc refusals and
   * unknown records are answers, not outages, and are not tried again); otherwise the HTTP status does.
   */
  static UpstreamFailure failure(int status, String body) {
    Code code = code(body);
    if (code != null && code.code() == XCIRC) {
      return new UpstreamFailure(UpstreamFailure.Kind.REFUSED, status, body, "ILS refused: code " + code.code() + "/" + code.specificCode());
    }
    if (code != null && code.code() == NOT_FOUND) {
      return new UpstreamFailure(UpstreamFailure.Kind.NOT_FOUND, status, body, "ILS record not found");
    }
    return UpstreamFailure.fromStatus(status, body);
  }

  /** What our caller is told about a failed call. */
  static ApiError toApiError(Throwable failure) {
    if (failure instanceof ApiError api) {
      return api;
    }
    UpstreamFailure upstream = UpstreamFailure.fromThrowable(failure);
    return switch (upstream.kind()) {
      case UNAVAILABLE, TIMEOUT, CIRCUIT_OPEN -> ApiError.unavailable("ILS_UNAVAILABLE",
          "The library system is not answering; try again later", RETRY_AFTER_SECONDS);
      case AUTH -> ApiError.upstream("ILS_AUTH_FAILED", "The library system refused the module's credentials");
      case NOT_FOUND -> ApiError.notFound("The library system does not know this record");
      case REFUSED -> ApiError.conflict("ILS_REFUSED", "The library system refused the hold");
      case PROTOCOL -> ApiError.upstream("ILS_BAD_ANSWER", "The library system answered something the module cannot read");
    };
  }
}

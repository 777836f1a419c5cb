package org.folio.access.connectors.common;

import io.vertx.core.VertxException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * A failure of an outside system (vendor, ILS, broker). Its kind decides whether a call is tried again and
 * what our caller is told; the outside system's own body is kept for staff notes and logs at debug, and never
 * passed through to our callers.
 */
public final class UpstreamFailure extends RuntimeException {
  /** What went wrong, as far as our callers need to know. */
  public enum Kind {
    /** Refused connection, reset, 5xx, 429: worth another try later. */
    UNAVAILABLE,
    /** No answer within the deadline: worth another try later. */
    TIMEOUT,
    /** The outside system refused our credentials. */
    AUTH,
    /** The outside system does not know what we asked for. */
    NOT_FOUND,
    /** The outside system answered with a refusal of this request (a 4xx other than the above). */
    REFUSED,
    /** The outside system answered something we cannot read. */
    PROTOCOL,
    /** We did not call: the circuit breaker of this outside system is open. */
    CIRCUIT_OPEN
  }

  private final Kind kind;
  private final int status;
  private final String body;

  public UpstreamFailure(Kind kind, int status, String body, String message) {
    super(message, null, false, false);
    this.kind = kind;
    this.status = status;
    this.body = body;
  }

  /** The kind of an HTTP answer that was not a success. */
  public static UpstreamFailure fromStatus(int status, String body) {
    Kind kind = switch (status) {
      case 401, 403 -> Kind.AUTH;
      case 404 -> Kind.NOT_FOUND;
      case 408 -> Kind.TIMEOUT;
      case 429 -> Kind.UNAVAILABLE;
      default -> status >= 500 ? Kind.UNAVAILABLE : Kind.REFUSED;
    };
    return new UpstreamFailure(kind, status, body, "outside system answered HTTP " + status);
  }

  /** The kind of a failure below HTTP (no connection, reset, time-out), or PROTOCOL for anything else. */
  public static UpstreamFailure fromThrowable(Throwable failure) {
    if (failure instanceof UpstreamFailure upstream) {
      return upstream;
    }
    String what = failure.getClass().getSimpleName();
    if (failure instanceof TimeoutException || what.contains("Timeout")) {
      return new UpstreamFailure(Kind.TIMEOUT, 0, null, "outside system did not answer in time");
    }
    if (failure instanceof IOException || failure instanceof VertxException) {
      return new UpstreamFailure(Kind.UNAVAILABLE, 0, null, "outside system unreachable: " + what);
    }
    return new UpstreamFailure(Kind.PROTOCOL, 0, null, "outside system call failed: " + what);
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status the outside system answered, 0 when there was no answer. */
  public int status() {
    return status;
  }

  /** The outside system's own body, for staff notes; never for our callers. May be null. */
  public String body() {
    return body;
  }

  /** Whether the same call may succeed when tried again. */
  public boolean isTransient() {
    return kind == Kind.UNAVAILABLE || kind == Kind.TIMEOUT;
  }
}

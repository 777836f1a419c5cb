package org.folio.access.platform.errors;

import java.util.List;

/**
 * A failure with a meaning for the caller: HTTP status, stable code, message and the fields or
 * parameters concerned. Carried by failed Futures and turned into a response by one mapper per dialect.
 * No stack trace: these are answers, not bugs.
 */
public class ApiError extends RuntimeException {
  private final int status;
  private final String code;
  private final List<ErrorParameter> parameters;
  private final Integer retryAfterSeconds;

  public ApiError(int status, String code, String message, List<ErrorParameter> parameters) {
    this(status, code, message, parameters, null);
  }

  private ApiError(int status, String code, String message, List<ErrorParameter> parameters, Integer retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.parameters = List.copyOf(parameters);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Seconds the caller should wait before trying again (the Retry-After header), or null. */
  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<ErrorParameter> parameters() {
    return parameters;
  }

  /** The key/value pair an error is about. */
  public record ErrorParameter(String key, String value) {}

  public static ApiError badRequest(String code, String message, String key, String value) {
    return new ApiError(400, code, message, key == null ? List.of() : List.of(new ErrorParameter(key, value)));
  }

  public static ApiError invalid(String field, String value, String message) {
    return new ApiError(422, "VALIDATION_ERROR", message, List.of(new ErrorParameter(field, value)));
  }

  public static ApiError refused(String code, String message) {
    return new ApiError(422, code, message, List.of());
  }

  public static ApiError notFound(String message) {
    return new ApiError(404, "NOT_FOUND", message, List.of());
  }

  public static ApiError conflict(String code, String message) {
    return new ApiError(409, code, message, List.of());
  }

  public static ApiError forbidden(String code, String message) {
    return new ApiError(403, code, message, List.of());
  }

  public static ApiError gone(String code, String message) {
    return new ApiError(410, code, message, List.of());
  }

  public static ApiError upstream(String code, String message) {
    return new ApiError(502, code, message, List.of());
  }

  public static ApiError unavailable(String message) {
    return new ApiError(503, "UNAVAILABLE", message, List.of());
  }

  /** 503 with a stable code and a Retry-After: something the module depends on is down for now. */
  public static ApiError unavailable(String code, String message, int retryAfterSeconds) {
    return new ApiError(503, code, message, List.of(), retryAfterSeconds);
  }

  /** 429 with a stable code and a Retry-After: the caller asked too often; try again after the wait. */
  public static ApiError tooManyRequests(String code, String message, int retryAfterSeconds) {
    return new ApiError(429, code, message, List.of(), retryAfterSeconds);
  }

  /** 504 with a stable code and a Retry-After: something the module depends on did not answer in time. */
  public static ApiError timedOut(String code, String message, int retryAfterSeconds) {
    return new ApiError(504, code, message, List.of(), retryAfterSeconds);
  }
}

package org.folio.access.stacks;

import java.util.List;
import org.folio.access.platform.errors.ApiError;

/** The refusals of the stacks area, each with its stable code. */
public final class StacksErrors {
  /** The hold-limit message readers see (the wording the production system uses). */
  public static final String HOLD_LIMIT_MESSAGE = "You're at your account limit and you cannot request more items";

  private StacksErrors() {}

  public static ApiError userRequired() {
    return new ApiError(401, "USER_REQUIRED",
        "This needs a user: send X-Okapi-User-Id or a token with user_id", List.of());
  }

  public static ApiError itemNotFound(String itemId) {
    return ApiError.notFound("No item " + itemId);
  }

  public static ApiError workNotFound(String workId) {
    return ApiError.notFound("No work " + workId);
  }

  public static ApiError requestNotFound(String requestId) {
    return ApiError.notFound("No request " + requestId);
  }

  public static ApiError badId(String parameter, String value) {
    return ApiError.badRequest("INVALID_ID", parameter + " must be 1 to 64 letters, digits, '.', '-' or '_'", parameter, value);
  }

  public static ApiError alreadyRequested(String itemId) {
    return ApiError.conflict("ITEM_ALREADY_REQUESTED", "Another reader has requested item " + itemId);
  }

  public static ApiError notAvailable(String itemId, String status) {
    return ApiError.conflict("ITEM_NOT_AVAILABLE", "Item " + itemId + " is not available to request now (status " + status + ")");
  }

  public static ApiError holdLimitReached() {
    return ApiError.forbidden("HOLD_LIMIT_REACHED", HOLD_LIMIT_MESSAGE);
  }

  public static ApiError itemHasRequests(String itemId) {
    return ApiError.conflict("ITEM_HAS_REQUESTS", "Item " + itemId + " has open requests; cancel them first");
  }

  public static ApiError tooManyRequests(int retryAfterSeconds) {
    return ApiError.tooManyRequests("TOO_MANY_REQUESTS",
        "Too many requests; try again in " + retryAfterSeconds + " seconds", retryAfterSeconds);
  }
}

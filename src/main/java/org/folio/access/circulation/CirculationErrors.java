package org.folio.access.circulation;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import java.util.List;
import org.folio.access.platform.errors.ApiError;

/** The refusals of e-content circulation, each with its stable code. */
public final class CirculationErrors {
  private CirculationErrors() {}

  /** Turns a unique violation of the named index into the given refusal; other failures pass as they are. */
  public static <T> Future<T> whenDuplicate(Throwable failure, String index, ApiError refusal) {
    if (failure instanceof PgException pg && "23505".equals(pg.getSqlState()) && index.equals(pg.getConstraint())) {
      return Future.failedFuture(refusal);
    }
    return Future.failedFuture(failure);
  }

  public static ApiError userRequired() {
    return new ApiError(401, "USER_REQUIRED",
        "The request names no user: X-Okapi-User-Id (or a token with user_id) is required", List.of());
  }

  public static ApiError notLendable(String resourceId) {
    return new ApiError(422, "NOT_LENDABLE", "Not a lendable: " + resourceId,
        List.of(new ApiError.ErrorParameter("resourceId", resourceId)));
  }

  public static ApiError noAvailableCopies(String resourceId) {
    return ApiError.conflict("NO_AVAILABLE_COPIES", "No copy of " + resourceId + " is free; place a hold");
  }

  public static ApiError alreadyCheckedOut(String resourceId) {
    return ApiError.conflict("ALREADY_CHECKED_OUT", "The patron already has " + resourceId + " on loan");
  }

  public static ApiError alreadyOnHold(String resourceId) {
    return ApiError.conflict("ALREADY_ON_HOLD", "The patron already has a hold on " + resourceId);
  }

  public static ApiError holdsWaiting(String resourceId) {
    return ApiError.conflict("HOLDS_WAITING", "Other patrons are waiting for " + resourceId + "; it cannot be renewed");
  }

  public static ApiError loanNotOpen(String loanId) {
    return ApiError.conflict("LOAN_NOT_OPEN", "Loan " + loanId + " is closed");
  }

  public static ApiError holdNotActive(String holdId) {
    return ApiError.conflict("HOLD_NOT_ACTIVE", "Hold " + holdId + " was fulfilled");
  }

  public static ApiError loanLimitReached(int max) {
    return ApiError.refused("PATRON_LOAN_LIMIT_REACHED", "The patron has " + max + " open loans, the most the policy allows");
  }

  public static ApiError holdLimitReached(int max) {
    return ApiError.refused("PATRON_HOLD_LIMIT_REACHED", "The patron has " + max + " holds, the most the policy allows");
  }

  public static ApiError renewalLimitReached(int max) {
    return ApiError.refused("RENEWAL_LIMIT_REACHED", "The loan was renewed " + max + " times, the most the policy allows");
  }

  public static ApiError licenseExhausted(String resourceId) {
    return ApiError.refused("LICENSE_EXHAUSTED", "The licence of " + resourceId + " has no checkouts left or has expired");
  }

  public static ApiError notLendableToGroup(String resourceId) {
    return ApiError.refused("NOT_LENDABLE_TO_GROUP", "Only lendables with an unlimited licence can be lent to groups: " + resourceId);
  }

  public static ApiError loanNotFound(String loanId) {
    return ApiError.notFound("No loan " + loanId);
  }

  public static ApiError holdNotFound(String holdId) {
    return ApiError.notFound("No hold " + holdId);
  }

  public static ApiError lendableNotFound(String resourceId) {
    return ApiError.notFound("No lendable " + resourceId);
  }
}

package org.folio.access.stacks;

import io.vertx.core.Future;
import java.util.UUID;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.http.OkapiContext;

/**
 * Who a stacks request comes from: the user the gateway names (X-Okapi-User-Id or the token's user_id), and
 * whether the gateway granted the staff permission to cancel anyone's requests. userId is null when there is none.
 */
public record Reader(UUID userId, boolean cancelsAny) {
  /** Staff may cancel any reader's request. */
  public static final String CANCEL_ANY = "stacks.requests.cancel-any";

  public static Future<Reader> from(OkapiContext okapi) {
    UUID user = null;
    if (okapi.userId() != null) {
      try {
        user = UUID.fromString(okapi.userId());
      } catch (IllegalArgumentException e) {
        return Future.failedFuture(ApiError.badRequest("INVALID_USER_ID", "X-Okapi-User-Id must be a UUID",
            "X-Okapi-User-Id", okapi.userId()));
      }
    }
    return Future.succeededFuture(new Reader(user, okapi.hasPermission(CANCEL_ANY)));
  }

  /** The caller; 401 when the request names no user. */
  public Future<UUID> self() {
    return userId == null ? Future.failedFuture(StacksErrors.userRequired()) : Future.succeededFuture(userId);
  }

  /** Whether the caller may cancel a request of this user: their own, or staff. */
  public boolean mayCancelFor(UUID owner) {
    return cancelsAny || owner.equals(userId);
  }
}

package org.folio.access.circulation;

import io.vertx.core.Future;
import java.util.UUID;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.http.OkapiContext;

/**
 * Who a circulation request comes from: the user the gateway names (X-Okapi-User-Id or the token's
 * user_id), and whether the gateway granted the staff permissions. userId is null when there is none. okapi is
 * the request's gateway context (for calls through the gateway on the caller's behalf).
 */
public record Caller(UUID userId, boolean onBehalf, boolean seesAll, OkapiContext okapi) {
  /** Staff may name the patron they act for with `patronId`. */
  public static final String ON_BEHALF = "econtent.loans.on-behalf";
  /** Staff may see and act on every patron's loans and holds. */
  public static final String ALL = "econtent.loans.all";

  public static Future<Caller> from(OkapiContext okapi) {
    UUID user = null;
    if (okapi.userId() != null) {
      user = Ids.uuid(okapi.userId());
      if (user == null) {
        return Future.failedFuture(ApiError.badRequest("INVALID_USER_ID", "X-Okapi-User-Id must be a UUID",
            "X-Okapi-User-Id", okapi.userId()));
      }
    }
    return Future.succeededFuture(new Caller(user, okapi.hasPermission(ON_BEHALF), okapi.hasPermission(ALL), okapi));
  }

  /** The caller; 401 when the request names no user. */
  public Future<UUID> self() {
    return userId == null ? Future.failedFuture(CirculationErrors.userRequired()) : Future.succeededFuture(userId);
  }

  /** The patron a request acts for: `patronId` if given (another patron needs ON_BEHALF), else the caller. */
  public Future<UUID> patron(String patronId) {
    if (patronId == null) {
      return self();
    }
    UUID patron = UUID.fromString(patronId); // the schema checked the pattern
    if (!patron.equals(userId) && !onBehalf) {
      return Future.failedFuture(ApiError.forbidden("ON_BEHALF_NOT_PERMITTED",
          "Acting for another patron needs the permission " + ON_BEHALF));
    }
    return Future.succeededFuture(patron);
  }

  /** Whether the caller may see or act on a record of this patron (null once anonymised): their own, or staff. */
  public boolean mayActFor(UUID patron) {
    return seesAll || onBehalf || patron != null && patron.equals(userId);
  }

  /** For collections: null when the caller sees every patron's records, else the only patron they see. */
  public Future<UUID> restriction() {
    return seesAll || onBehalf ? Future.succeededFuture(null) : self();
  }
}

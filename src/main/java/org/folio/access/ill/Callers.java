package org.folio.access.ill;

import io.vertx.core.Future;
import java.util.UUID;
import org.folio.access.circulation.Ids;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.http.OkapiContext;

/** The staff user an ILL request comes from (X-Okapi-User-Id or the token's user_id); null when none is named. */
public final class Callers {
  /** The author of notes and moves made by the routing engine. */
  public static final String ROUTING = "routing";

  private Callers() {}

  public static Future<UUID> userId(OkapiContext okapi) {
    if (okapi.userId() == null) {
      return Future.succeededFuture(null);
    }
    UUID user = Ids.uuid(okapi.userId());
    return user == null
        ? Future.failedFuture(ApiError.badRequest("INVALID_USER_ID", "X-Okapi-User-Id must be a UUID", "X-Okapi-User-Id", okapi.userId()))
        : Future.succeededFuture(user);
  }

  /** How a user is named as author of a note or a move. */
  public static String author(UUID user) {
    return user == null ? "unknown" : user.toString();
  }
}

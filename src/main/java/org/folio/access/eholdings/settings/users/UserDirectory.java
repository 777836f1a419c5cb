package org.folio.access.eholdings.settings.users;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.eholdings.common.accesstypes.AccessType.PersonName;
import org.folio.access.eholdings.settings.users.AssignedUser.UserDetails;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.OkapiHeaders;

/**
 * Names and patron group of a user, asked of the users module through the gateway (GET /users/{id}, then
 * GET /groups/{id}) with the caller's token. ui-eholdings assigns users by id only; this fills in what its
 * list shows. A lookup that fails leaves the details empty and never fails the assignment.
 */
public final class UserDirectory {
  private static final Logger LOG = LogManager.getLogger(UserDirectory.class);
  private static final long TIMEOUT_MS = 5_000;
  private final WebClient client;

  public UserDirectory(WebClient client) {
    this.client = client;
  }

  public Future<UserDetails> lookUp(OkapiContext okapi, UUID userId) {
    if (okapi.okapiUrl() == null || okapi.okapiUrl().isBlank()) {
      return Future.succeededFuture(UserDetails.NONE);
    }
    return get(okapi, "/users/" + userId)
        .compose(user -> user == null ? Future.succeededFuture(UserDetails.NONE) : withGroup(okapi, user))
        .otherwise(failure -> {
          LOG.warn("Looking up user {} failed: {} (request {})", userId, failure.getMessage(), okapi.requestId());
          return UserDetails.NONE;
        });
  }

  /**
   * The user's names (no patron group), or null when there is no gateway, the user is unknown or the lookup
   * fails: records that show who changed them keep the user's id in their metadata either way.
   */
  public Future<PersonName> names(OkapiContext okapi, String userId) {
    if (okapi.okapiUrl() == null || okapi.okapiUrl().isBlank() || userId == null || userId.isBlank()) {
      return Future.succeededFuture(null);
    }
    return get(okapi, "/users/" + userId)
        .map(user -> {
          JsonObject personal = user == null ? null : user.getJsonObject("personal");
          return personal == null ? null
              : new PersonName(personal.getString("firstName"), personal.getString("middleName"), personal.getString("lastName"));
        })
        .otherwise(failure -> {
          LOG.warn("Looking up user {} failed: {} (request {})", userId, failure.getMessage(), okapi.requestId());
          return null;
        });
  }

  private Future<UserDetails> withGroup(OkapiContext okapi, JsonObject user) {
    JsonObject personal = user.getJsonObject("personal", new JsonObject());
    String groupId = user.getString("patronGroup");
    Future<JsonObject> group = groupId == null || groupId.isBlank() ? Future.succeededFuture(null)
        : get(okapi, "/groups/" + groupId);
    return group.map(g -> new UserDetails(user.getString("username"), personal.getString("firstName"),
        personal.getString("middleName"), personal.getString("lastName"), g == null ? null : g.getString("group")));
  }

  /** The JSON document at the path, or null when the gateway answers anything but 200. */
  private Future<JsonObject> get(OkapiContext okapi, String path) {
    var request = client.getAbs(okapi.okapiUrl().replaceAll("/+$", "") + path).timeout(TIMEOUT_MS)
        .putHeader(OkapiHeaders.TENANT, okapi.tenant()).putHeader(OkapiHeaders.REQUEST_ID, okapi.requestId())
        .putHeader("Accept", "application/json");
    if (okapi.token() != null) {
      request.putHeader(OkapiHeaders.TOKEN, okapi.token());
    }
    return request.send().map(UserDirectory::document);
  }

  private static JsonObject document(HttpResponse<Buffer> response) {
    if (response.statusCode() != 200) {
      LOG.warn("The users module answered {}", response.statusCode());
      return null;
    }
    return response.bodyAsJsonObject();
  }
}

package org.folio.access.eholdings.common.accesstypes;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.UUID;
import org.folio.access.platform.errors.JsonApiError;

/** Turns the accessTypeId a client sends into the one to store: empty means none; unknown is a 400. */
public final class AccessTypes {
  private static final java.util.regex.Pattern UUID_TEXT =
      java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private final AccessTypeRepository repository;

  public AccessTypes(AccessTypeRepository repository) {
    this.repository = repository;
  }

  public AccessTypeRepository repository() {
    return repository;
  }

  public Future<UUID> resolve(SqlClient client, String tenant, String accessTypeId) {
    if (accessTypeId == null || accessTypeId.isBlank()) {
      return Future.succeededFuture(null);
    }
    if (!UUID_TEXT.matcher(accessTypeId).matches()) {
      return Future.failedFuture(notFound(accessTypeId));
    }
    UUID id = UUID.fromString(accessTypeId);
    return repository.find(client, tenant, id)
        .map(found -> found.orElseThrow(() -> notFound(accessTypeId)).id());
  }

  private static JsonApiError notFound(String id) {
    return new JsonApiError(400, "Access type not found: id = " + id, null);
  }
}

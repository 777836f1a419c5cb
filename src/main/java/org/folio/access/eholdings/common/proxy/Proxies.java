package org.folio.access.eholdings.common.proxy;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.Proxy;

/**
 * Proxies are inherited root -> provider -> package -> resource: a record without a proxy of its own
 * (stored NULL) shows the one of the level above, with inherited true.
 */
public final class Proxies {
  public static final String NONE = "<n>";
  private final ProxyRepository repository;

  public Proxies(ProxyRepository repository) {
    this.repository = repository;
  }

  public ProxyRepository repository() {
    return repository;
  }

  /** What a record shows: its own proxy, else the inherited one. */
  public static Proxy shown(String own, String inherited) {
    return own == null ? new Proxy().withId(inherited).withInherited(true) : new Proxy().withId(own).withInherited(false);
  }

  /** The id a level passes down: its own, else what it inherits. */
  public static String effective(String own, String inherited) {
    return own == null ? inherited : own;
  }

  /**
   * What to store as a record's own proxy when a client asks for requestedId and the level above gives
   * inherited: NULL when they are the same (the record inherits), else the proxy type's id; 400 "Invalid
   * Proxy ID" when there is no such proxy type.
   */
  public Future<String> ownProxyFor(SqlClient client, String tenant, String requestedId, String inherited) {
    return repository.canonicalId(client, tenant, requestedId).map(found -> {
      String id = found.orElseThrow(() -> new JsonApiError(400, "Invalid Proxy ID", "No proxy type " + requestedId));
      return id.equals(inherited) ? null : id;
    });
  }
}

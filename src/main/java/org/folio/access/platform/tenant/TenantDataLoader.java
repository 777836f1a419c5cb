package org.folio.access.platform.tenant;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;

/**
 * What a domain adds to a tenant's schema after its migrations, inside the same transaction: what every
 * tenant must have (always), reference data (loadReference=true) and demo data (loadSample=true).
 * Each step must be idempotent: enabling again must not duplicate anything.
 */
public interface TenantDataLoader {
  String name();

  default Future<Void> initialise(SqlConnection conn, String tenant) {
    return Future.succeededFuture();
  }

  default Future<Void> loadReference(SqlConnection conn, String tenant) {
    return Future.succeededFuture();
  }

  default Future<Void> loadSample(SqlConnection conn, String tenant) {
    return Future.succeededFuture();
  }
}

package org.folio.access.circulation.fulfilment;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.security.SecureRandom;
import org.folio.access.platform.db.Schemas;

/** The per-tenant key that signs fulfilment links; it never leaves the database and this class. */
public final class FulfillmentSecrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Makes the tenant's key unless it has one (tenant initialise; idempotent). */
  public Future<Void> create(SqlClient client, String tenant) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "econtent_fulfillment_secret")
            + " (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING")
        .execute(Tuple.of(Buffer.buffer(secret))).mapEmpty();
  }

  /** The tenant's key; fails when the tenant's schema or key does not exist. */
  public Future<byte[]> secret(SqlClient client, String tenant) {
    return client.preparedQuery("SELECT secret FROM " + Schemas.table(tenant, "econtent_fulfillment_secret"))
        .execute()
        .compose(rows -> rows.size() == 0 ? Future.failedFuture(new IllegalStateException("No fulfilment key"))
            : Future.succeededFuture(rows.iterator().next().getBuffer("secret").getBytes()));
  }
}

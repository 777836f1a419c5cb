package org.folio.access.circulation;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import org.folio.access.circulation.fulfilment.FulfillmentSecrets;
import org.folio.access.platform.tenant.TenantDataLoader;

/** What every tenant's circulation has from the start (the key that signs fulfilment links), and its demo data. */
public final class CirculationTenantData implements TenantDataLoader {
  private final FulfillmentSecrets secrets;

  public CirculationTenantData(FulfillmentSecrets secrets) {
    this.secrets = secrets;
  }

  @Override
  public String name() {
    return "econtent-circulation";
  }

  @Override
  public Future<Void> initialise(SqlConnection conn, String tenant) {
    return secrets.create(conn, tenant);
  }

  @Override
  public Future<Void> loadSample(SqlConnection conn, String tenant) {
    return CirculationSample.load(conn, tenant);
  }
}

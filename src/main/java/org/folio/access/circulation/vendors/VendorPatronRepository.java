package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.Rows;
import org.folio.access.platform.db.Schemas;

/** econtent_vendor_patrons: library patron -> the vendor's patron id, per vendor account. */
public final class VendorPatronRepository {

  public Future<Optional<String>> find(SqlClient client, String tenant, UUID vendorId, UUID patron) {
    return client.preparedQuery("SELECT vendor_patron_id FROM " + table(tenant) + " WHERE vendor_id = $1 AND patron_id = $2")
        .execute(Tuple.of(vendorId, patron))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("vendor_patron_id")));
  }

  /** Keeps the mapping; a concurrent request that stored one first wins, and its id is answered. */
  public Future<String> keep(SqlClient client, String tenant, UUID vendorId, UUID patron, String vendorPatronId) {
    return client.preparedQuery("WITH put AS (INSERT INTO " + table(tenant) + " (vendor_id, patron_id, vendor_patron_id)"
            + " VALUES ($1, $2, $3) ON CONFLICT (vendor_id, patron_id) DO NOTHING RETURNING vendor_patron_id)"
            + " SELECT vendor_patron_id FROM put UNION ALL"
            + " SELECT vendor_patron_id FROM " + table(tenant) + " WHERE vendor_id = $1 AND patron_id = $2 LIMIT 1")
        .execute(Tuple.of(vendorId, patron, vendorPatronId))
        .map(rows -> rows.iterator().next().getString("vendor_patron_id"));
  }

  /** The patrons mapped at the account, least recently synced first. */
  public Future<List<UUID>> patrons(SqlClient client, String tenant, UUID vendorId, int limit) {
    return client.preparedQuery("SELECT patron_id FROM " + table(tenant) + " WHERE vendor_id = $1"
            + " ORDER BY synced_at NULLS FIRST, patron_id LIMIT $2")
        .execute(Tuple.of(vendorId, limit)).map(rows -> Rows.each(rows, r -> r.getUUID("patron_id")));
  }

  public Future<Void> synced(SqlClient client, String tenant, UUID vendorId, UUID patron) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET synced_at = now() WHERE vendor_id = $1 AND patron_id = $2")
        .execute(Tuple.of(vendorId, patron)).mapEmpty();
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "econtent_vendor_patrons");
  }
}

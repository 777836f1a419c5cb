package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.Rows;
import org.folio.access.platform.db.Schemas;

/** Reads of vendor lendables and of the patron's loans and holds on them (the relay's and the sync's view). */
public final class VendorLendableRepository {
  /** Where a vendor lendable is lent: the account and the vendor's item id (ISBN). */
  public record Target(String resourceId, UUID vendorId, String itemId, String mediaType) {}

  /** A local loan or hold on a vendor lendable: its id, lendable, item id, and status. */
  public record Local(UUID id, String resourceId, String itemId, String status) {}

  public Future<Optional<Target>> target(SqlClient client, String tenant, String resourceId) {
    return client.preparedQuery("SELECT resource_id, source->>'vendorId' AS vendor_id, source->>'itemId' AS item_id, media_type"
            + " FROM " + lendables(tenant) + " WHERE resource_id = $1 AND source->>'type' = 'vendor'")
        .execute(Tuple.of(resourceId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next()).map(r -> new Target(
            r.getString("resource_id"), UUID.fromString(r.getString("vendor_id")), r.getString("item_id"), r.getString("media_type"))));
  }

  /** The account's lendables of these item ids. */
  public Future<List<Target>> byItems(SqlClient client, String tenant, UUID vendorId, List<String> itemIds) {
    return client.preparedQuery("SELECT resource_id, source->>'itemId' AS item_id, media_type FROM " + lendables(tenant)
            + " WHERE source->>'type' = 'vendor' AND source->>'vendorId' = $1 AND source->>'itemId' = ANY($2)")
        .execute(Tuple.tuple().addString(vendorId.toString()).addArrayOfString(itemIds.toArray(String[]::new)))
        .map(rows -> Rows.each(rows, r -> new Target(r.getString("resource_id"), vendorId, r.getString("item_id"), r.getString("media_type"))));
  }

  /** The patron's open loans of the account's lendables. */
  public Future<List<Local>> openLoans(SqlClient client, String tenant, UUID vendorId, UUID patron) {
    return locals(client, tenant, "econtent_loans", "status = 'open'", vendorId, patron);
  }

  /** The patron's waiting or ready holds of the account's lendables. */
  public Future<List<Local>> activeHolds(SqlClient client, String tenant, UUID vendorId, UUID patron) {
    return locals(client, tenant, "econtent_holds", "status IN ('waiting', 'ready')", vendorId, patron);
  }

  private Future<List<Local>> locals(SqlClient client, String tenant, String table, String active, UUID vendorId, UUID patron) {
    return client.preparedQuery("SELECT r.id, r.resource_id, l.source->>'itemId' AS item_id, r.status FROM "
            + Schemas.table(tenant, table) + " r JOIN " + lendables(tenant) + " l ON l.resource_id = r.resource_id"
            + " WHERE r.patron_id = $1 AND r." + active + " AND l.source->>'type' = 'vendor' AND l.source->>'vendorId' = $2")
        .execute(Tuple.of(patron, vendorId.toString()))
        .map(rows -> Rows.each(rows, r -> new Local(r.getUUID("id"), r.getString("resource_id"), r.getString("item_id"),
            r.getString("status"))));
  }

  private static String lendables(String tenant) {
    return Schemas.table(tenant, "econtent_lendables");
  }
}

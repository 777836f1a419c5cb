package org.folio.access.stacks.requests;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.Rows;
import org.folio.access.platform.cql.CqlField;
import org.folio.access.platform.cql.CqlFields;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Schemas;

/** stacks_requests: at most one open request per item (partial unique index stacks_requests_open_item_idx). */
public final class RequestRepository {
  private static final String ROW = "id, item_id, user_id, state, ils_hold_id";
  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.uuid("id", "id"),
      CqlField.text("itemId", "item_id"),
      CqlField.uuid("userId", "user_id"),
      CqlField.text("state", "state"),
      CqlField.text("pickupLocation", "pickup_location_id"),
      CqlField.text("status", "status_id"),
      CqlField.dateTime("requestedDate", "requested_at"));

  /** What a new request holds. */
  public record NewRequest(UUID id, String itemId, UUID userId, LocalDate pickupDate, String pickupLocationId,
      String pickupLocationLabel, String ilsHoldId) {}

  /** Inserts the request unless the item already has an open one (then empty: someone holds it). */
  public Future<Boolean> insertOpen(SqlClient client, String tenant, NewRequest r) {
    return client.preparedQuery("INSERT INTO " + table(tenant) + " (id, item_id, user_id, pickup_date, pickup_location_id,"
            + " pickup_location_label, ils_hold_id) VALUES ($1, $2, $3, $4, $5, $6, $7)"
            + " ON CONFLICT (item_id) WHERE state = 'open' DO NOTHING")
        .execute(Tuple.from(new Object[] {r.id(), r.itemId(), r.userId(), r.pickupDate(), r.pickupLocationId(),
            r.pickupLocationLabel(), r.ilsHoldId()}))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Who holds the item's open request, if anyone (as committed now). */
  public Future<Optional<UUID>> holderOf(SqlClient client, String tenant, String itemId) {
    return client.preparedQuery("SELECT user_id FROM " + table(tenant) + " WHERE item_id = $1 AND state = 'open'")
        .execute(Tuple.of(itemId))
        .map(rows -> rows.size() == 0 ? Optional.<UUID>empty() : Optional.of(rows.iterator().next().getUUID("user_id")));
  }

  public Future<Integer> openCountOfUser(SqlClient client, String tenant, UUID user) {
    return count(client, "SELECT count(*) AS n FROM " + table(tenant) + " WHERE user_id = $1 AND state = 'open'", user);
  }

  public Future<Integer> openCountOfItem(SqlClient client, String tenant, String itemId) {
    return count(client, "SELECT count(*) AS n FROM " + table(tenant) + " WHERE item_id = $1 AND state = 'open'", itemId);
  }

  public Future<Optional<RequestRow>> lock(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + ROW + " FROM " + table(tenant) + " WHERE id = $1 FOR UPDATE")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.<RequestRow>empty() : Optional.of(row(rows.iterator().next())));
  }

  /** by: owner or staff. */
  public Future<Void> cancel(SqlClient client, String tenant, UUID id, String by) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET state = 'cancelled', cancelled_at = now(), cancelled_by = $2"
            + " WHERE id = $1 AND state = 'open'")
        .execute(Tuple.of(id, by)).mapEmpty();
  }

  /** The user's open requests as they see them (nothing about the user), oldest first. */
  public Future<List<String>> openOf(SqlClient client, String tenant, UUID user) {
    return client.preparedQuery("SELECT " + Schemas.table(tenant, "stacks_request_doc") + "(r)::text AS doc FROM "
            + table(tenant) + " r WHERE user_id = $1 AND state = 'open' ORDER BY requested_at, id")
        .execute(Tuple.of(user)).map(Rows::docs);
  }

  /** The user's open requests as rows, to match them with the ILS's holds. */
  public Future<List<RequestRow>> openRowsOf(SqlClient client, String tenant, UUID user) {
    return client.preparedQuery("SELECT " + ROW + " FROM " + table(tenant) + " WHERE user_id = $1 AND state = 'open'")
        .execute(Tuple.of(user)).map(rows -> Rows.each(rows, RequestRepository::row));
  }

  public Future<CqlCollection.Page> page(SqlClient client, String tenant, String cql, long offset, long limit) {
    return new CqlCollection(Schemas.table(tenant, "stacks_request_view"), FIELDS, "requested_at, id")
        .fetch(client, cql, offset, limit);
  }

  private static Future<Integer> count(SqlClient client, String sql, Object value) {
    return client.preparedQuery(sql).execute(Tuple.of(value)).map(rows -> rows.iterator().next().getLong("n").intValue());
  }

  static String table(String tenant) {
    return Schemas.table(tenant, "stacks_requests");
  }

  private static RequestRow row(Row r) {
    return new RequestRow(r.getUUID("id"), r.getString("item_id"), r.getUUID("user_id"), r.getString("state"),
        r.getString("ils_hold_id"));
  }
}

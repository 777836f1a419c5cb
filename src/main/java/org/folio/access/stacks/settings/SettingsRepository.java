package org.folio.access.stacks.settings;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import org.folio.access.platform.db.Schemas;

/** stacks_settings: the one row of the tenant's requesting rules (made by the migration). */
public final class SettingsRepository {
  public Future<RequestRules> find(SqlClient client, String tenant) {
    return client.preparedQuery("SELECT " + RequestRules.COLUMNS + " FROM " + table(tenant) + " WHERE id = 1")
        .execute().map(rows -> RequestRules.of(rows.iterator().next()));
  }

  public Future<RequestRules> replace(SqlClient client, String tenant, RequestRules r) {
    Short[] days = r.openingDaysInOrder().stream().map(d -> (short) d.getValue()).toArray(Short[]::new);
    return client.preparedQuery("UPDATE " + table(tenant) + " SET hold_limit = $1, requests_per_minute = $2, time_zone = $3,"
            + " opening_days = $4, closed_dates = $5, cutoff_time = $6, remote_locations = $7, remote_lead_days = $8,"
            + " booking_window_days = $9, pickup_location_id = $10, pickup_location_label = $11, updated_at = now()"
            + " WHERE id = 1 RETURNING " + RequestRules.COLUMNS)
        .execute(Tuple.from(new Object[] {r.holdLimit(), r.requestsPerMinute(), r.zone().getId(), days,
            r.closedDates().stream().sorted().toArray(LocalDate[]::new), r.cutoff(),
            r.remoteLocations().stream().sorted().toArray(String[]::new), r.remoteLeadDays(), r.bookingWindowDays(),
            r.pickupLocationId(), r.pickupLocationLabel()}))
        .map(rows -> RequestRules.of(rows.iterator().next()));
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "stacks_settings");
  }
}

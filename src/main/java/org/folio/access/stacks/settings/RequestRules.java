package org.folio.access.stacks.settings;

import io.vertx.sqlclient.Row;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The tenant's requesting rules, as stored in stacks_settings. */
public record RequestRules(int holdLimit, int requestsPerMinute, ZoneId zone, Set<DayOfWeek> openingDays,
    Set<LocalDate> closedDates, LocalTime cutoff, Set<String> remoteLocations, int remoteLeadDays, int bookingWindowDays,
    String pickupLocationId, String pickupLocationLabel) {

  /** The columns `of` reads. */
  public static final String COLUMNS = "hold_limit, requests_per_minute, time_zone, opening_days, closed_dates,"
      + " cutoff_time, remote_locations, remote_lead_days, booking_window_days, pickup_location_id, pickup_location_label";

  /** The rules from a row that has the calendar columns (and, when present, the others). */
  public static RequestRules of(Row row) {
    return new RequestRules(intOr(row, "hold_limit"), intOr(row, "requests_per_minute"),
        ZoneId.of(row.getString("time_zone")),
        Arrays.stream(row.getArrayOfShorts("opening_days")).map(d -> DayOfWeek.of(d)).collect(Collectors.toSet()),
        Set.of(row.getArrayOfLocalDates("closed_dates")), row.getLocalTime("cutoff_time"),
        Set.of(row.getArrayOfStrings("remote_locations")), row.getInteger("remote_lead_days"),
        row.getInteger("booking_window_days"), stringOr(row, "pickup_location_id"), stringOr(row, "pickup_location_label"));
  }

  public List<DayOfWeek> openingDaysInOrder() {
    return openingDays.stream().sorted().toList();
  }

  private static int intOr(Row row, String column) {
    return row.getColumnIndex(column) < 0 ? 0 : row.getInteger(column);
  }

  private static String stringOr(Row row, String column) {
    return row.getColumnIndex(column) < 0 ? null : row.getString(column);
  }
}

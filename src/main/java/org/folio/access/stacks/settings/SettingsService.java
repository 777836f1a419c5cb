package org.folio.access.stacks.settings;

import io.vertx.core.Future;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.StacksLabel;
import org.folio.access.rest.model.StacksSettings;

/** Reading and replacing the tenant's requesting rules; the document is checked before anything is written. */
public final class SettingsService {
  private final Db db;
  private final SettingsRepository settings;

  public SettingsService(Db db, SettingsRepository settings) {
    this.db = db;
    this.settings = settings;
  }

  public Future<StacksSettings> get(String tenant) {
    return settings.find(db.pool(), tenant).map(SettingsService::document);
  }

  public Future<StacksSettings> replace(String tenant, StacksSettings document) {
    RequestRules rules;
    try {
      rules = rules(document);
    } catch (ApiError e) {
      return Future.failedFuture(e);
    }
    return settings.replace(db.pool(), tenant, rules).map(SettingsService::document);
  }

  static RequestRules rules(StacksSettings d) {
    ZoneId zone;
    try {
      zone = ZoneId.of(d.getTimeZone());
    } catch (DateTimeException e) {
      throw ApiError.invalid("timeZone", d.getTimeZone(), "timeZone must be an IANA time zone such as Europe/London");
    }
    if (d.getOpeningDays().isEmpty()) {
      throw ApiError.invalid("openingDays", "[]", "openingDays must name at least one day");
    }
    Set<DayOfWeek> days = d.getOpeningDays().stream().map(DayOfWeek::of).collect(Collectors.toSet());
    Set<LocalDate> closed = new HashSet<>();
    for (String date : d.getClosedDates()) {
      try {
        closed.add(LocalDate.parse(date));
      } catch (DateTimeException e) {
        throw ApiError.invalid("closedDates", date, "closedDates must hold real dates (yyyy-MM-dd)");
      }
    }
    StacksLabel pickup = d.getPickupLocation();
    return new RequestRules(d.getHoldLimit(), d.getRequestsPerMinute(), zone, days, closed,
        LocalTime.parse(d.getCutoffTime()), new HashSet<>(d.getRemoteLocations()), d.getRemoteLeadDays(),
        d.getBookingWindowDays(), pickup.getId(), pickup.getLabel() == null ? pickup.getId() : pickup.getLabel());
  }

  static StacksSettings document(RequestRules r) {
    return new StacksSettings().withHoldLimit(r.holdLimit()).withRequestsPerMinute(r.requestsPerMinute())
        .withTimeZone(r.zone().getId())
        .withOpeningDays(r.openingDaysInOrder().stream().map(DayOfWeek::getValue)
            .collect(Collectors.toCollection(LinkedHashSet::new)))
        .withClosedDates(r.closedDates().stream().sorted().map(LocalDate::toString).toList())
        .withCutoffTime(r.cutoff().toString())
        .withRemoteLocations(r.remoteLocations().stream().sorted().toList())
        .withRemoteLeadDays(r.remoteLeadDays()).withBookingWindowDays(r.bookingWindowDays())
        .withPickupLocation(new StacksLabel().withId(r.pickupLocationId()).withLabel(r.pickupLocationLabel())
            .withType("LocationDescription"));
  }
}

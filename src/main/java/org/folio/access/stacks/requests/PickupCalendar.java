package org.folio.access.stacks.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.folio.access.stacks.settings.RequestRules;

/**
 * The days a requested item can be picked up: open days only (the weekly pattern less closed dates). A request
 * made before the cut-off time can be picked up the next open day, a later one the open day after; items in
 * a remote store need the remote lead time in open days. Dates run up to the booking window (at least one).
 */
public final class PickupCalendar {
  /** Open days looked at, at most (a calendar with no open day must not loop). */
  private static final int HORIZON_DAYS = 800;
  private final RequestRules rules;

  public PickupCalendar(RequestRules rules) {
    this.rules = rules;
  }

  /** The pickup dates of an item at this ILS location, for a request made at `now`. */
  public List<LocalDate> availableDates(Instant now, String ilsLocation) {
    ZonedDateTime local = now.atZone(rules.zone());
    LocalDate today = local.toLocalDate();
    int steps = local.toLocalTime().isBefore(rules.cutoff()) ? 1 : 2;
    if (ilsLocation != null && rules.remoteLocations().contains(ilsLocation)) {
      steps = Math.max(steps, rules.remoteLeadDays());
    }
    LocalDate first = nthOpenDayAfter(today, steps);
    List<LocalDate> dates = new ArrayList<>();
    if (first == null) {
      return dates;
    }
    LocalDate last = today.plusDays(rules.bookingWindowDays());
    for (LocalDate d = first; !d.isAfter(last) || dates.isEmpty(); d = d.plusDays(1)) {
      if (isOpen(d)) {
        dates.add(d);
      }
    }
    return dates;
  }

  boolean isOpen(LocalDate day) {
    return rules.openingDays().contains(day.getDayOfWeek()) && !rules.closedDates().contains(day);
  }

  private LocalDate nthOpenDayAfter(LocalDate day, int n) {
    LocalDate d = day;
    int found = 0;
    for (int i = 0; i < HORIZON_DAYS; i++) {
      d = d.plusDays(1);
      if (isOpen(d) && ++found == n) {
        return d;
      }
    }
    return null;
  }
}

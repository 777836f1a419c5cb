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

  public RequestRules rules() {
    return rules;
  }

  /**
   * All that the pickup dates take from the time of a request: the library's day and whether it is before the
   * cut-off. Two times of the same moment give the same dates (answers that hold dates are kept by it).
   */
  public record Moment(LocalDate today, boolean beforeCutoff) {}

  public Moment moment(Instant now) {
    ZonedDateTime local = now.atZone(rules.zone());
    return new Moment(local.toLocalDate(), local.toLocalTime().isBefore(rules.cutoff()));
  }

  /** The pickup dates of an item at this ILS location, for a request made at `now`. */
  public List<LocalDate> availableDates(Instant now, String ilsLocation) {
    return availableDates(moment(now), ilsLocation);
  }

  /** The pickup dates of an item at this ILS location, for a request made at that moment. */
  public List<LocalDate> availableDates(Moment moment, String ilsLocation) {
    LocalDate today = moment.today();
    int steps = moment.beforeCutoff() ? 1 : 2;
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

package org.folio.access.stacks.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.folio.access.stacks.settings.RequestRules;
import org.junit.jupiter.api.Test;

class PickupCalendarTest {
  private static final Set<DayOfWeek> MON_TO_SAT = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
      DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

  private static PickupCalendar london(Set<LocalDate> closed, int window) {
    return new PickupCalendar(new RequestRules(15, 30, ZoneId.of("Europe/London"), MON_TO_SAT, closed, LocalTime.of(10, 0),
        Set.of("hgser"), 10, window, "sepbb", "Rare Materials Room"));
  }

  @Test
  void beforeTheCutOffTheNextOpenDayComesFirst() {
    // Wednesday 2 December 2026, 09:30 in London
    List<LocalDate> dates = london(Set.of(), 7).availableDates(Instant.parse("2026-12-02T09:30:00Z"), "sicon");
    assertEquals(LocalDate.parse("2026-12-03"), dates.get(0));
  }

  @Test
  void afterTheCutOffTheOpenDayAfterComesFirst() {
    List<LocalDate> dates = london(Set.of(), 7).availableDates(Instant.parse("2026-12-02T10:00:00Z"), "sicon");
    assertEquals(LocalDate.parse("2026-12-04"), dates.get(0));
  }

  @Test
  void closedDaysAndSundaysAreSkipped() {
    // Friday 4 December after the cut-off: Saturday 5th is closed this week, Sunday always: Monday 7th
    List<LocalDate> dates = london(Set.of(LocalDate.parse("2026-12-05")), 7)
        .availableDates(Instant.parse("2026-12-04T08:00:00Z"), "sicon");
    assertEquals(List.of(LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-08"), LocalDate.parse("2026-12-09"),
        LocalDate.parse("2026-12-10"), LocalDate.parse("2026-12-11")), dates);
  }

  @Test
  void remoteStoresNeedTenOpenDays() {
    // Wednesday 2 December: ten open days (Mon-Sat) later is Monday 14 December
    List<LocalDate> dates = london(Set.of(), 21).availableDates(Instant.parse("2026-12-02T08:00:00Z"), "hgser");
    assertEquals(LocalDate.parse("2026-12-14"), dates.get(0));
  }

  @Test
  void aWindowShorterThanTheLeadTimeStillOffersTheFirstDay() {
    List<LocalDate> dates = london(Set.of(), 1).availableDates(Instant.parse("2026-12-02T08:00:00Z"), "hgser");
    assertEquals(List.of(LocalDate.parse("2026-12-14")), dates);
  }

  @Test
  void theCutOffIsTheLibrarysLocalTime() {
    // 09:30 UTC is 10:30 in London in summer: past the cut-off
    List<LocalDate> dates = london(Set.of(), 7).availableDates(Instant.parse("2026-07-01T09:30:00Z"), "sicon");
    assertEquals(LocalDate.parse("2026-07-03"), dates.get(0));
  }

  @Test
  void theMomentIsTheLibrarysDayAndSideOfTheCutOffAndTheDatesFollowIt() {
    PickupCalendar calendar = london(Set.of(), 7);
    // 23:30 UTC on 1 December is still 1 December in London (GMT); summer time moves the day at 23:00 UTC
    assertEquals(new PickupCalendar.Moment(LocalDate.parse("2026-12-01"), false), calendar.moment(Instant.parse("2026-12-01T23:30:00Z")));
    assertEquals(new PickupCalendar.Moment(LocalDate.parse("2026-07-02"), true), calendar.moment(Instant.parse("2026-07-01T23:30:00Z")));
    assertEquals(calendar.moment(Instant.parse("2026-12-02T00:00:00Z")), calendar.moment(Instant.parse("2026-12-02T09:59:59Z")));
    assertEquals(calendar.availableDates(Instant.parse("2026-12-02T00:00:00Z"), "sicon"),
        calendar.availableDates(Instant.parse("2026-12-02T09:59:59Z"), "sicon"));
    assertEquals(calendar.availableDates(Instant.parse("2026-12-02T10:00:00Z"), "hgser"),
        calendar.availableDates(calendar.moment(Instant.parse("2026-12-02T23:59:00Z")), "hgser"));
  }
}

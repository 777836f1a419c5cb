package org.folio.access.circulation.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How many days a hold placed now waits, assuming every loan runs to its due date and every reserved copy
 * is collected and kept a full period. Copy i comes free at the i-th time a copy in use ends; it then serves
 * the queue in turn, one period per patron, so position p gets copy (p-1) mod copies after (p-1) div copies
 * more periods.
 */
public final class WaitEstimate {
  private WaitEstimate() {}

  /**
   * @param copies copies of the licence (more in use than copies: the earliest to end free no copy)
   * @param waiting holds already waiting
   * @param inUseEnds when each copy in use ends (loan due dates; reservations as now + period)
   * @return days, or null when it cannot be told (no copies)
   */
  public static Integer days(int copies, int waiting, List<Instant> inUseEnds, int periodDays, Instant now) {
    if (copies <= 0) {
      return null;
    }
    List<Instant> ends = new ArrayList<>(inUseEnds);
    Collections.sort(ends);
    if (ends.size() > copies) {
      ends = ends.subList(ends.size() - copies, ends.size());
    }
    while (ends.size() < copies) {
      ends.add(0, now); // free copies
    }
    int position = waiting + 1;
    if (ends.get(0).equals(now) && waiting == 0) {
      return 0;
    }
    Instant free = ends.get((position - 1) % copies).plus(Duration.ofDays((long) periodDays * ((position - 1) / copies)));
    long seconds = Math.max(0, Duration.between(now, free).getSeconds());
    return (int) Math.min(Integer.MAX_VALUE, (seconds + 86_399) / 86_400);
  }
}

package org.folio.access.circulation.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitEstimateTest {
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

  private static Instant inDays(int days) {
    return NOW.plus(Duration.ofDays(days));
  }

  @Test
  void aFreeCopyWithNobodyWaitingMeansNoWait() {
    assertEquals(0, WaitEstimate.days(2, 0, List.of(inDays(5)), 21, NOW));
  }

  @Test
  void theFirstInLineGetsTheCopyThatComesBackFirst() {
    assertEquals(3, WaitEstimate.days(2, 0, List.of(inDays(10), inDays(3)), 21, NOW));
  }

  @Test
  void theQueueGoesRoundTheCopiesOnePeriodAtATime() {
    // copies free in 3 and 10 days; positions 1, 2 get them, position 3 waits for copy 1's next turn
    assertEquals(10, WaitEstimate.days(2, 1, List.of(inDays(3), inDays(10)), 21, NOW));
    assertEquals(24, WaitEstimate.days(2, 2, List.of(inDays(3), inDays(10)), 21, NOW));
  }

  @Test
  void partOfADayCountsAsADay() {
    assertEquals(1, WaitEstimate.days(1, 0, List.of(NOW.plusSeconds(3600)), 21, NOW));
  }

  @Test
  void copiesLentBeyondTheLicenceFreeNothingUntilTheLastOfThem() {
    // three loans on a licence now cut to one copy: the first two returns give no copy
    assertEquals(9, WaitEstimate.days(1, 0, List.of(inDays(2), inDays(5), inDays(9)), 21, NOW));
  }

  @Test
  void withoutCopiesTheWaitCannotBeTold() {
    assertNull(WaitEstimate.days(0, 3, List.of(), 21, NOW));
  }
}

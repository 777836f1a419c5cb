package org.folio.access.connectors.common;

import java.time.Duration;

/**
 * How one kind of outside call is made: a deadline per attempt, how many attempts in all for transient
 * failures, and the wait before the second attempt (doubled before each further one).
 */
public record CallPolicy(Duration deadline, int attempts, Duration firstBackoff) {
  public CallPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
  }

  /** A call that is never repeated (placing a hold, a checkout: not idempotent at every vendor). */
  public static CallPolicy once(Duration deadline) {
    return new CallPolicy(deadline, 1, Duration.ZERO);
  }

  public long backoffMillisBefore(int attempt) {
    return firstBackoff.toMillis() << Math.min(attempt - 2, 16);
  }
}

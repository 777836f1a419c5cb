package org.folio.access.circulation;

import java.util.UUID;

/**
 * What a patron has when asking for a lendable: whether they already borrow it, their open loans,
 * their waiting and ready holds, and their active hold on this lendable (id and status) if any.
 */
public record PatronStanding(UUID patronId, boolean borrowsIt, int openLoans, int activeHolds, UUID holdId, String holdStatus) {

  public boolean holdsIt() {
    return holdId != null;
  }

  public boolean hasReservation() {
    return "ready".equals(holdStatus);
  }
}

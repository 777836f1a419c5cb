package org.folio.access.ill.consortium.exchange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A lending request as both sides agree on it: who borrows, who lends which item, its state after message seq, and
 * the lenders still to try (rota) when this one says unfilled.
 */
public record SharedRequest(UUID id, UUID consortiumId, String borrower, String lender, UUID holdingId, String itemId,
    String title, String state, String reason, OffsetDateTime dueDate, List<String> rota, int seq) {

  /** The role the tenant has in it, or null when it is neither side. */
  public String roleOf(String tenant) {
    return borrower.equals(tenant) ? Message.BORROWER : lender.equals(tenant) ? Message.LENDER : null;
  }

  public String partnerOf(String tenant) {
    return borrower.equals(tenant) ? lender : borrower;
  }
}

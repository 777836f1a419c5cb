package org.folio.access.ill.consortium.exchange;

import java.time.OffsetDateTime;

/**
 * One move of a request, numbered seq within it: the sender's role and action, the state after it, and what goes
 * with it. id is the exchange's delivery id (0 before it is sent).
 */
public record Message(long id, SharedRequest request, int seq, String senderRole, String action, String state, String reason,
    OffsetDateTime dueDate, String note, OffsetDateTime sentAt) {
  public static final String BORROWER = "borrower";
  public static final String LENDER = "lender";
}

package org.folio.access.circulation.loans;

import java.util.UUID;

/** A loan as the rules see it. */
public record LoanRow(UUID id, String resourceId, UUID patronId, String status, int renewalCount) {
  public boolean open() {
    return "open".equals(status);
  }
}

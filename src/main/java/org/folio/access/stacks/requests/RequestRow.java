package org.folio.access.stacks.requests;

import java.util.UUID;

/** A request as its rules see it: whose, for which item, open or cancelled, and its hold at the ILS if any. */
public record RequestRow(UUID id, String itemId, UUID userId, String state, String ilsHoldId) {
  public boolean open() {
    return "open".equals(state);
  }
}

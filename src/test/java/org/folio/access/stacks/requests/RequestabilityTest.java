package org.folio.access.stacks.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.folio.access.stacks.requests.Requestability.Refusal;
import org.junit.jupiter.api.Test;

class RequestabilityTest {
  @Test
  void onlyOnlineRequestInClosedStoresIsRequestable() {
    assertEquals(Optional.empty(), Requestability.refusal("closed-stores", "online-request", "open"));
    assertEquals(Optional.empty(), Requestability.refusal("closed-stores", "online-request", null));
  }

  @Test
  void eachOtherPlaceHasItsReason() {
    assertEquals(Optional.of(Refusal.OPEN_SHELVES), Requestability.refusal("open-shelves", "medc", "open"));
    assertEquals(Optional.of(Refusal.ONLINE), Requestability.refusal("online", "iiif-presentation", "open"));
    assertEquals(Optional.of(Refusal.ON_EXHIBITION), Requestability.refusal("on-exhibition", null, null));
    assertEquals(Optional.of(Refusal.MANUAL_REQUEST), Requestability.refusal("closed-stores", "manual-request", null));
    assertEquals(Optional.of(Refusal.NOT_REQUESTABLE), Requestability.refusal("closed-stores", null, null));
    assertEquals(Optional.of(Refusal.NOT_REQUESTABLE), Requestability.refusal(null, null, null));
  }

  @Test
  void closedAccessAndPermissionOutrankTheDescription() {
    assertEquals(Optional.of(Refusal.CLOSED_ACCESS), Requestability.refusal("closed-stores", "online-request", "closed"));
    assertEquals(Optional.of(Refusal.CLOSED_ACCESS), Requestability.refusal("closed-stores", "online-request", "temporarily-unavailable"));
    assertEquals(Optional.of(Refusal.MANUAL_REQUEST), Requestability.refusal("closed-stores", "online-request", "permission-required"));
    assertEquals("closed-access", Refusal.CLOSED_ACCESS.reason());
  }
}

package org.folio.access.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoutersTest {

  @Test
  void thePrefixIsTheFirstTwoSegments() {
    assertEquals("/econtent/loans", Routers.prefix("/econtent/loans"));
    assertEquals("/econtent/loans", Routers.prefix("/econtent/loans/"));
    assertEquals("/econtent/loans", Routers.prefix("/econtent/loans/123/return"));
    assertEquals("/_/tenant", Routers.prefix("/_/tenant/abc"));
  }

  @Test
  void aPathOfOneSegmentHasNoPrefix() {
    assertNull(Routers.prefix("/econtent"));
    assertNull(Routers.prefix("/econtent/"));
    assertNull(Routers.prefix("/"));
    assertNull(Routers.prefix(""));
    assertNull(Routers.prefix(null));
    assertNull(Routers.prefix("econtent/loans"));
  }

  @Test
  void onlyPathsTheRouterWouldNotNormaliseArePlain() {
    assertTrue(Routers.plain("/econtent/loans/123/return"));
    assertFalse(Routers.plain("/econtent//loans"));
    assertFalse(Routers.plain("/econtent/holds/../loans"));
    assertFalse(Routers.plain("/econtent/./loans"));
    assertFalse(Routers.plain("/econtent/%6Coans"));
    assertFalse(Routers.plain("/econtent\\loans"));
    assertFalse(Routers.plain(null));
  }
}

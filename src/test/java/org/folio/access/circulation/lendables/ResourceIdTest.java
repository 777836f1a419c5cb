package org.folio.access.circulation.lendables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ResourceIdTest {
  @Test
  void anIdIsProviderPackageAndTitle() {
    assertEquals(new ResourceId(19, 2002, 30003), ResourceId.parse("19-2002-30003"));
    assertEquals("19-2002-30003", ResourceId.parse("19-2002-30003").toString());
  }

  @Test
  void anythingElseIsNoId() {
    assertNull(ResourceId.parse("19-2002"));
    assertNull(ResourceId.parse("a-b-c"));
    assertNull(ResourceId.parse("1-2-3-4"));
    assertNull(ResourceId.parse("1-2-9999999999999999999"));
    assertNull(ResourceId.parse(null));
  }
}

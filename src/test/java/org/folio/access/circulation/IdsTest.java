package org.folio.access.circulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void aUuidInEitherCaseIsRead() {
    assertEquals(UUID.fromString("7b4d1a3e-0c55-4b53-9a1e-5a2f3c4d5e6f"), Ids.uuid("7b4d1a3e-0c55-4b53-9a1e-5a2f3c4d5e6f"));
    assertEquals(UUID.fromString("7b4d1a3e-0c55-4b53-9a1e-5a2f3c4d5e6f"), Ids.uuid("7B4D1A3E-0C55-4B53-9A1E-5A2F3C4D5E6F"));
  }

  @Test
  void anythingElseIsNoUuid() {
    assertNull(Ids.uuid(null));
    assertNull(Ids.uuid(""));
    assertNull(Ids.uuid("7b4d1a3e-0c55-4b53-9a1e-5a2f3c4d5e6"));    // one digit short
    assertNull(Ids.uuid("7b4d1a3e-0c55-4b53-9a1e-5a2f3c4d5e6f0"));  // one too many
    assertNull(Ids.uuid("7b4d1a3e00c55-4b53-9a1e-5a2f3c4d5e6f"));   // a digit where a dash goes
    assertNull(Ids.uuid("7b4d1a3e-0c55-4b53-9a1e-5a2f3c4d5e6g"));   // not hexadecimal
    assertNull(Ids.uuid("7b4d1a3-e0c55-4b53-9a1e-5a2f3c4d5e6f"));   // dash out of place
    assertNull(Ids.uuid("1-1-1"));                                  // UUID.fromString would take this
  }
}

package org.folio.access.eholdings.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.folio.access.eholdings.common.ids.PackageKey;
import org.folio.access.eholdings.common.ids.RecordIds;
import org.folio.access.eholdings.common.ids.ResourceKey;
import org.folio.access.platform.errors.JsonApiError;
import org.junit.jupiter.api.Test;

class RecordIdsTest {
  @Test
  void aPackageIdIsProviderDashPackage() {
    assertEquals(new PackageKey(19, 3964), RecordIds.pkg("19-3964"));
    assertEquals("19-3964", new PackageKey(19, 3964).id());
  }

  @Test
  void aPackageIdWithoutBothPartsNeedsThem() {
    for (String id : new String[] {"19", "19-", "-3964", "1-2-3", ""}) {
      assertEquals("Package and provider id are required", title(() -> RecordIds.pkg(id)), id);
    }
  }

  @Test
  void aPackageIdWithOtherThanDigitsIsInvalid() {
    for (String id : new String[] {"a-1", "1-b", "1-+2", "99999999999999999999-1"}) {
      assertEquals("Package or provider id are invalid", title(() -> RecordIds.pkg(id)), id);
    }
  }

  @Test
  void aResourceIdHasThreeNumbers() {
    assertEquals(new ResourceKey(19, 3964, 762169), RecordIds.resource("19-3964-762169"));
    assertEquals(new PackageKey(19, 3964), RecordIds.resource("19-3964-762169").packageKey());
    assertEquals("Resource id is invalid - 19-3964", title(() -> RecordIds.resource("19-3964")));
    assertEquals("Resource id is invalid - 19-x-1", title(() -> RecordIds.resource("19-x-1")));
  }

  @Test
  void titleAndProviderIdsAreNumbers() {
    assertEquals(762169, RecordIds.title("762169"));
    assertEquals(19, RecordIds.provider("19"));
    assertEquals("Title id is invalid - 7a", title(() -> RecordIds.title("7a")));
    assertEquals("Provider id is invalid - -1", title(() -> RecordIds.provider("-1")));
  }

  private static String title(Runnable parse) {
    JsonApiError e = assertThrows(JsonApiError.class, parse::run);
    assertEquals(400, e.status());
    return e.getMessage();
  }
}

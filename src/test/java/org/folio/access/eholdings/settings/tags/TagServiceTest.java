package org.folio.access.eholdings.settings.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.folio.access.platform.errors.JsonApiError;
import org.junit.jupiter.api.Test;

class TagServiceTest {

  @Test
  void noRecordTypeMeansAllFour() {
    assertEquals(List.of("provider", "package", "title", "resource"), TagService.recordTypes(List.of()));
  }

  @Test
  void aRecordTypeAskedTwiceCountsOnce() {
    assertEquals(List.of("title"), TagService.recordTypes(List.of("title", "title")));
  }

  @Test
  void recordTypesAreSingularAndLowerCase() {
    JsonApiError e = assertThrows(JsonApiError.class, () -> TagService.recordTypes(List.of("Packages")));
    assertEquals(400, e.status());
    assertEquals("Invalid 'filter[rectype]' parameter value: Packages. Possible values: provider, package, title, resource",
        e.getMessage());
  }
}

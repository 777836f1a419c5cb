package org.folio.access.eholdings.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.folio.access.eholdings.common.rules.Coverage;
import org.folio.access.eholdings.common.rules.CoverageRules;
import org.folio.access.platform.errors.JsonApiError;
import org.junit.jupiter.api.Test;

class CoverageRulesTest {
  private static Coverage years(int from, Integer to) {
    return new Coverage(LocalDate.of(from, 1, 1), to == null ? null : LocalDate.of(to, 12, 31));
  }

  @Test
  void blankDatesMeanNoCoverage() {
    assertEquals(Optional.empty(), CoverageRules.read("", null));
    assertEquals(Optional.of(years(2001, null)), CoverageRules.read("2001-01-01", ""));
  }

  @Test
  void datesMustBeRealCalendarDates() {
    assertEquals("beginCoverage has invalid format. Should be YYYY-MM-DD", detail(() -> CoverageRules.read("2001-02-30", null)));
    assertEquals("endCoverage has invalid format. Should be YYYY-MM-DD", detail(() -> CoverageRules.read("2001-01-01", "01/02/2003")));
    assertEquals("beginCoverage must not be empty", detail(() -> CoverageRules.read("", "2003-01-01")));
    assertEquals("beginCoverage has invalid format. Should be YYYY-MM-DD", detail(() -> CoverageRules.read(" ", null)));
  }

  @Test
  void beginMayNotComeAfterEnd() {
    assertEquals("Begin Coverage should be smaller than End Coverage", detail(() -> CoverageRules.read("2004-01-01", "2003-01-01")));
    assertTrue(CoverageRules.read("2003-01-01", "2003-01-01").isPresent());
  }

  @Test
  void runsThatShareADayOverlap() {
    assertEquals("CoverageList cannot contain overlapping dates.",
        assertThrows(JsonApiError.class, () -> CoverageRules.list(List.of(years(2005, 2010), years(2001, 2005)))).getMessage());
    assertThrows(JsonApiError.class, () -> CoverageRules.list(List.of(years(2001, null), years(2020, 2021))));
    assertEquals(List.of(years(2001, 2004), years(2005, null)), CoverageRules.list(List.of(years(2005, null), years(2001, 2004))));
  }

  @Test
  void aResourceCoverageMustLieWithinThePackageCoverage() {
    Optional<Coverage> pkg = Optional.of(years(2000, 2010));
    assertDoesNotThrow(() -> CoverageRules.withinPackage(List.of(years(2000, 2003), years(2005, 2010)), pkg));
    assertThrows(JsonApiError.class, () -> CoverageRules.withinPackage(List.of(years(2005, null)), pkg));
    assertThrows(JsonApiError.class, () -> CoverageRules.withinPackage(List.of(years(1999, 2003)), pkg));
    assertDoesNotThrow(() -> CoverageRules.withinPackage(List.of(years(1990, null)), Optional.empty()));
    assertDoesNotThrow(() -> CoverageRules.withinPackage(List.of(years(2015, null)), Optional.of(years(2000, null))));
  }

  private static String detail(Runnable check) {
    JsonApiError e = assertThrows(JsonApiError.class, check::run);
    assertEquals(422, e.status());
    return e.detail();
  }
}

package org.folio.access.eholdings.common.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.folio.access.platform.errors.JsonApiError;

/** Reads custom coverage: YYYY-MM-DD dates, begin before end, no overlaps, within the package's coverage. */
public final class CoverageRules {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private CoverageRules() {}

  /**
   * One coverage from its two texts; empty when both are empty (no coverage). Text that is there but only
   * blanks is not a date: " " has invalid format, as in the reference.
   */
  public static Optional<Coverage> read(String begin, String end) {
    String b = begin == null || begin.isEmpty() ? null : begin;
    String e = end == null || end.isEmpty() ? null : end;
    if (b == null && e == null) {
      return Optional.empty();
    }
    if (b == null) {
      throw FieldRules.invalid("beginCoverage", "beginCoverage must not be empty");
    }
    Coverage coverage = new Coverage(date("beginCoverage", b), e == null ? null : date("endCoverage", e));
    if (coverage.end() != null && coverage.begin().isAfter(coverage.end())) {
      throw FieldRules.invalid("beginCoverage", "Begin Coverage should be smaller than End Coverage");
    }
    return Optional.of(coverage);
  }

  /** A list of coverages, sorted, that must not overlap one another (400). */
  public static List<Coverage> list(List<Coverage> coverages) {
    List<Coverage> sorted = new ArrayList<>(coverages);
    sorted.sort(Comparator.comparing(Coverage::begin));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i))) {
        throw new JsonApiError(400, "CoverageList cannot contain overlapping dates.", null);
      }
    }
    return sorted;
  }

  /** Every coverage of a resource must lie within its package's custom coverage, when the package has one (400). */
  public static void withinPackage(List<Coverage> coverages, Optional<Coverage> packageCoverage) {
    packageCoverage.ifPresent(outer -> coverages.stream().filter(c -> !c.within(outer)).findFirst().ifPresent(c -> {
      throw new JsonApiError(400, "Title custom coverage date should be within the package custom coverage date limit", null);
    }));
  }

  public static String text(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static LocalDate date(String field, String value) {
    if (!DATE.matcher(value).matches()) {
      throw invalidDate(field);
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw invalidDate(field);
    }
  }

  private static JsonApiError invalidDate(String field) {
    return FieldRules.invalid(field, field + " has invalid format. Should be YYYY-MM-DD");
  }
}

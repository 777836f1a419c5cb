package org.folio.access.eholdings.kbart;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.folio.access.eholdings.kbart.StoredDocuments.Embargo;
import org.folio.access.eholdings.kbart.StoredDocuments.Period;

/** The value formats of KBART columns: coverage dates, embargoes and URLs, turned into the stored forms. */
final class KbartValues {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern EMBARGO = Pattern.compile("([RP])(\\d{1,4})([DMY])");

  private KbartValues() {}

  /**
   * A coverage date as YYYY-MM-DD. KBART allows YYYY, YYYY-MM and YYYY-MM-DD; a year or month alone means its
   * first day at the start of a coverage and its last day at the end. Empty gives "".
   */
  static String coverageDate(String column, String value, boolean end) {
    if (value.isEmpty()) {
      return "";
    }
    try {
      if (DAY.matcher(value).matches()) {
        return LocalDate.parse(value).toString();
      }
      if (YEAR_MONTH.matcher(value).matches()) {
        YearMonth month = YearMonth.parse(value);
        return (end ? month.atEndOfMonth() : month.atDay(1)).toString();
      }
      if (YEAR.matcher(value).matches() && !value.equals("0000")) {
        return value + (end ? "-12-31" : "-01-01");
      }
    } catch (DateTimeException e) {
      // falls through to the rejection below
    }
    throw new LineRejected(column + " '" + value + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  }

  /** What embargo_info says: a moving wall (P), a rolling window (R), either or both, or neither. */
  record Embargoes(Embargo movingWall, Period rollingWindow) {}

  /**
   * The embargo_info of KBART (NISO RP-9): P with a number and D, M or Y is a moving wall, the most recent period
   * is not available (P12M: all but the last 12 months), which is the knowledge base's managedEmbargoPeriod; R is a
   * rolling window, only the most recent period is available (R3Y: the last 3 years), kept as such: coverage that
   * starts that far back and moves with time. Both together are written "R10Y;P1Y". A period of 0 is none.
   */
  static Embargoes embargo(String value) {
    if (value.isEmpty()) {
      return new Embargoes(null, null);
    }
    Embargo wall = null;
    Period window = null;
    for (String part : value.toUpperCase(Locale.ROOT).split(";", -1)) {
      Matcher m = EMBARGO.matcher(part.trim());
      if (!m.matches()) {
        throw new LineRejected("embargo_info '" + abbreviate(value) + "' is not a KBART embargo (such as P1Y, R6M or R10Y;P1Y)");
      }
      int amount = Integer.parseInt(m.group(2));
      if (amount == 0) {
        continue;
      }
      if (m.group(1).equals("P")) {
        wall = new Embargo(unit(m.group(3)), amount);
      } else {
        window = new Period(unit(m.group(3)), amount);
      }
    }
    return new Embargoes(wall, window);
  }

  private static String unit(String letter) {
    return switch (letter) {
      case "D" -> "Days";
      case "M" -> "Months";
      default -> "Years";
    };
  }

  /** A title_url: empty gives null; anything but an absolute http(s) address is refused (the caller drops it). */
  static String url(String value) {
    if (value.isEmpty()) {
      return null;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("http://") || lower.startsWith("https://")) && value.length() <= 600 && !value.contains(" ")) {
      return value;
    }
    throw new LineRejected("title_url '" + abbreviate(value) + "' is not an absolute http:// or https:// address of at most 600 characters");
  }

  /**
   * coverage_depth as stored: lower case, "full text" written as one word; KBART's values are fulltext, abstracts and
   * selected articles, providers write others too (ebook, video), kept as given. Empty gives null.
   */
  static String coverageDepth(String value) {
    if (value.isEmpty()) {
      return null;
    }
    String depth = value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (depth.length() > 100) {
      throw new LineRejected("coverage_depth is longer than 100 characters");
    }
    return depth.equals("full text") || depth.equals("full-text") ? "fulltext" : depth;
  }

  /** A value short enough to quote in a reason. */
  static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}

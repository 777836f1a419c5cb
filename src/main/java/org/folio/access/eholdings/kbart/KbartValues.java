package org.folio.access.eholdings.kbart;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.folio.access.eholdings.kbart.StoredDocuments.Embargo;

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

  /**
   * The embargo of embargo_info. KBART writes R (a moving wall: the newest period is not available) and P
   * (only the newest period is available), each with a number and D, M or Y, and both together as "R1Y;P10Y".
   * The knowledge base's embargo is the moving wall, so R gives managedEmbargoPeriod; P restricts the older
   * content instead and has no place in the stored resource, so it is checked and then left out.
   */
  static Embargo embargo(String value) {
    if (value.isEmpty()) {
      return null;
    }
    Embargo embargo = null;
    for (String part : value.toUpperCase(Locale.ROOT).split(";", -1)) {
      Matcher m = EMBARGO.matcher(part.trim());
      if (!m.matches()) {
        throw new LineRejected("embargo_info '" + value + "' is not a KBART embargo (such as R1Y, P6M or R1Y;P10Y)");
      }
      if (m.group(1).equals("R")) {
        embargo = new Embargo(unit(m.group(3)), Integer.parseInt(m.group(2)));
      }
    }
    return embargo;
  }

  private static String unit(String letter) {
    return switch (letter) {
      case "D" -> "Days";
      case "M" -> "Months";
      default -> "Years";
    };
  }

  /** A title_url: empty gives null; anything but an http(s) address is refused. */
  static String url(String value) {
    if (value.isEmpty()) {
      return null;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("http://") || lower.startsWith("https://")) && value.length() <= 600 && !value.contains(" ")) {
      return value;
    }
    throw new LineRejected("title_url '" + abbreviate(value) + "' is not an http:// or https:// address of at most 600 characters");
  }

  /** A value short enough to quote in a reason. */
  static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}

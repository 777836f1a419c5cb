package org.folio.access.eholdings.kbart;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How the managed values that KBART gives a resource show in the eholdings interface, which has no fields of its own
 * for a rolling window or the coverage depth: a rolling window (only the most recent period available) shows as
 * managed coverage that starts that far back from today, and so moves with time; the coverage depth, the window and
 * the provider's notes show as the coverage statement while the library has written none of its own.
 */
public final class ManagedValues {
  private static final int STATEMENT_LIMIT = 250;

  private ManagedValues() {}

  /**
   * The managed coverages of a stored resource as of `today`: with a rolling window, each range starts no earlier
   * than the window's start and ranges that end before it are gone; without stored ranges the window is one range
   * from its start on.
   */
  public static JsonArray coverages(JsonObject resource, LocalDate today) {
    JsonArray stored = resource.getJsonArray("managedCoverages", new JsonArray());
    JsonObject window = resource.getJsonObject("managedRollingWindow");
    if (window == null) {
      return stored;
    }
    String start = windowStart(window, today).toString();
    if (stored.isEmpty()) {
      return new JsonArray().add(range(start, ""));
    }
    JsonArray shown = new JsonArray();
    for (int i = 0; i < stored.size(); i++) {
      JsonObject c = stored.getJsonObject(i);
      String begin = c.getString("beginCoverage", "");
      String end = c.getString("endCoverage", "");
      if (end.isEmpty() || end.compareTo(start) >= 0) {
        shown.add(range(begin.compareTo(start) < 0 ? start : begin, end));
      }
    }
    return shown;
  }

  /** The first day of a rolling window {unit, value} as of `today`. */
  static LocalDate windowStart(JsonObject window, LocalDate today) {
    ChronoUnit unit = switch (window.getString("unit", "Years")) {
      case "Days" -> ChronoUnit.DAYS;
      case "Months" -> ChronoUnit.MONTHS;
      default -> ChronoUnit.YEARS;
    };
    return today.minus(window.getInteger("value", 0), unit);
  }

  /** The library's coverage statement, else the managed one (null when there is nothing to say). */
  public static String statement(JsonObject resource) {
    String own = resource.getString("coverageStatement");
    return own != null ? own : managedStatement(resource);
  }

  /** What the managed values say in words: "Full text; only the most recent 3 years; <notes>", at most 250 characters. */
  public static String managedStatement(JsonObject resource) {
    List<String> parts = new ArrayList<>(3);
    String depth = resource.getString("managedCoverageDepth");
    if (depth != null) {
      parts.add(depthLabel(depth));
    }
    JsonObject window = resource.getJsonObject("managedRollingWindow");
    if (window != null) {
      int value = window.getInteger("value", 0);
      String unit = window.getString("unit", "Years").toLowerCase(java.util.Locale.ROOT);
      parts.add("only the most recent " + (value == 1 ? unit.substring(0, unit.length() - 1) : value + " " + unit));
    }
    String notes = resource.getString("managedNotes");
    if (notes != null) {
      parts.add(notes);
    }
    if (parts.isEmpty()) {
      return null;
    }
    String text = String.join("; ", parts);
    return text.length() <= STATEMENT_LIMIT ? text : text.substring(0, STATEMENT_LIMIT - 3) + "...";
  }

  private static String depthLabel(String depth) {
    return switch (depth) {
      case "fulltext" -> "Full text";
      case "abstracts" -> "Abstracts";
      case "selected articles" -> "Selected articles";
      default -> Character.toUpperCase(depth.charAt(0)) + depth.substring(1);
    };
  }

  private static JsonObject range(String begin, String end) {
    return new JsonObject().put("beginCoverage", begin).put("endCoverage", end);
  }
}

package org.folio.access.eholdings.kbart;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.folio.access.platform.errors.JsonApiError;

/**
 * The header row of a KBART file: which column holds what. Columns may come in any order, optional ones may
 * be missing and unknown ones are ignored; a file without publication_title, or with none of the columns
 * that identify a title, is not a KBART file.
 */
final class KbartHeader {
  /** The KBART Phase II columns, in their standard order. */
  static final List<String> COLUMNS = List.of("publication_title", "print_identifier", "online_identifier",
      "date_first_issue_online", "num_first_vol_online", "num_first_issue_online", "date_last_issue_online",
      "num_last_vol_online", "num_last_issue_online", "title_url", "first_author", "title_id", "embargo_info",
      "coverage_depth", "notes", "publisher_name", "publication_type", "date_monograph_published_print",
      "date_monograph_published_online", "monograph_volume", "monograph_edition", "first_editor",
      "parent_publication_title_id", "preceding_publication_title_id", "access_type");

  private final Map<String, Integer> positions;
  private final int width;

  private KbartHeader(Map<String, Integer> positions, int width) {
    this.positions = positions;
    this.width = width;
  }

  /** Reads the header row; a line that is not one is a 422 that says what a KBART header looks like. */
  static KbartHeader parse(String line) {
    String[] names = line.split("\t", -1);
    Map<String, Integer> positions = new HashMap<>();
    for (int i = names.length - 1; i >= 0; i--) {
      positions.put(names[i].trim().toLowerCase(Locale.ROOT), i);
    }
    if (!positions.containsKey("publication_title")) {
      throw notKbart("it has no publication_title column");
    }
    if (!positions.containsKey("print_identifier") && !positions.containsKey("online_identifier")
        && !positions.containsKey("title_id")) {
      throw notKbart("it has none of print_identifier, online_identifier and title_id");
    }
    return new KbartHeader(positions, names.length);
  }

  /** How many tab-separated fields every line must have. */
  int width() {
    return width;
  }

  /**
   * The trimmed value of a column in a line's fields; "" when the file has no such column, and for the placeholders
   * that providers write for "no value" (n/a in any case, -).
   */
  String value(String[] fields, String column) {
    Integer i = positions.get(column);
    if (i == null) {
      return "";
    }
    String value = fields[i].trim();
    return isPlaceholder(value) ? "" : value;
  }

  static boolean isPlaceholder(String value) {
    return value.equals("-") || value.equalsIgnoreCase("n/a");
  }

  static JsonApiError notKbart(String why) {
    return new JsonApiError(422, "Not a KBART file", "Line 1 must be the KBART header naming the columns (tab-separated: "
        + String.join(", ", COLUMNS.subList(0, 4)) + ", ...); " + why);
  }
}

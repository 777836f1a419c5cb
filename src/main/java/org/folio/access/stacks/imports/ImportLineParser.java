package org.folio.access.stacks.imports;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one line of a Sierra-style export: an item record has bibIds; any other record is a bib. Record ids are
 * Sierra record numbers (digits, a leading b or i allowed); works become "b" + number, items "i" + number.
 */
public final class ImportLineParser {
  private static final Pattern NUMBER = Pattern.compile("^[bi]?([0-9]{1,12})$");
  private static final int TEXT_LIMIT = 2000;

  private ImportLineParser() {}

  public static ImportLine parse(int lineNo, String text) {
    if (text == null) {
      return new ImportLine.Rejected(lineNo, "line longer than the limit");
    }
    if (text.isBlank()) {
      return new ImportLine.Blank(lineNo);
    }
    JsonObject record;
    try {
      record = new JsonObject(text);
    } catch (DecodeException | ClassCastException e) {
      return new ImportLine.Rejected(lineNo, "not a JSON object");
    }
    try {
      return record.containsKey("bibIds") ? item(lineNo, record) : bib(lineNo, record);
    } catch (IllegalArgumentException | ClassCastException e) {
      return new ImportLine.Rejected(lineNo, e instanceof ClassCastException ? "a field has the wrong type" : e.getMessage());
    }
  }

  private static ImportLine bib(int lineNo, JsonObject record) {
    String number = number(record.getValue("id"), "id");
    List<String> codes = new ArrayList<>();
    for (Object location : record.getJsonArray("locations", new JsonArray())) {
      if (location instanceof JsonObject l && l.getString("code") != null) {
        codes.add(l.getString("code").trim());
      }
    }
    return new ImportLine.Bib(lineNo, "b" + number, text(record.getString("title")), codes);
  }

  private static ImportLine item(int lineNo, JsonObject record) {
    String number = number(record.getValue("id"), "id");
    JsonArray bibIds = record.getJsonArray("bibIds");
    if (bibIds == null || bibIds.isEmpty()) {
      throw new IllegalArgumentException("an item record needs bibIds");
    }
    String work = "b" + number(bibIds.getValue(0), "bibIds");
    JsonObject location = record.getJsonObject("location", new JsonObject());
    JsonObject status = record.getJsonObject("status", new JsonObject());
    JsonObject fixed = record.getJsonObject("fixedFields", new JsonObject());
    String statusCode = firstOf(fixedValue(fixed, "88", "value"), status.getString("code"), "-");
    String statusLabel = firstOf(fixedValue(fixed, "88", "display"), status.getString("display"), statusCode);
    return new ImportLine.Item(lineNo, "i" + number, number, work, location.getString("code"), text(location.getString("name")),
        statusCode, text(statusLabel), fixedValue(fixed, "108", "value"), dueDate(status.getString("duedate")),
        text(record.getString("callNumber")), copy(fixedValue(fixed, "58", "value")));
  }

  private static String number(Object id, String field) {
    var m = id == null ? null : NUMBER.matcher(String.valueOf(id).trim());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(field + " must be a record number");
    }
    return m.group(1);
  }

  private static String fixedValue(JsonObject fixed, String field, String key) {
    JsonObject f = fixed.getJsonObject(field);
    Object value = f == null ? null : f.getValue(key);
    return value == null ? null : String.valueOf(value).trim();
  }

  private static OffsetDateTime dueDate(String text) {
    try {
      return text == null || text.isBlank() ? null : OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("status.duedate is not a date-time");
    }
  }

  private static String copy(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String firstOf(String a, String b, String otherwise) {
    return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : otherwise;
  }

  private static String text(String value) {
    return value == null || value.length() <= TEXT_LIMIT ? value : value.substring(0, TEXT_LIMIT);
  }
}

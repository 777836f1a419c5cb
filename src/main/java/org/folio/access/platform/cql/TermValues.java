package org.folio.access.platform.cql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Converts a term's text into the Java value bound for a typed (non-TEXT) field. */
final class TermValues {

  private static final Pattern UUID_FORMAT = Pattern.compile(
      "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
  /** Keeps numbers well inside PostgreSQL numeric's range (16383 fraction digits). */
  private static final int MAX_SCALE = 16_000;

  /** An ISO local date-time and an offset written Z, +01:00, +0100 or +01. */
  private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .toFormatter(Locale.ROOT);

  private static final List<Function<String, OffsetDateTime>> DATE_TIME_PARSERS = List.of(
      text -> OffsetDateTime.parse(text, WITH_OFFSET),
      text -> LocalDateTime.parse(text).atOffset(ZoneOffset.UTC),
      text -> LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));

  private TermValues() {
  }

  static Object parse(CqlField field, String text) throws CqlException {
    return switch (field.type()) {
      case TEXT -> text;
      case UUID -> uuid(field, text);
      case NUMBER -> number(field, text);
      case DATE_TIME -> dateTime(field, text);
      case BOOLEAN -> bool(field, text);
    };
  }

  private static UUID uuid(CqlField field, String text) throws CqlException {
    if (!UUID_FORMAT.matcher(text).matches()) {
      throw invalid("UUID", text, field, "");
    }
    return UUID.fromString(text);
  }

  private static BigDecimal number(CqlField field, String text) throws CqlException {
    try {
      BigDecimal value = new BigDecimal(text);
      if (Math.abs(value.scale()) > MAX_SCALE) {
        throw invalid("number", text, field, "; its exponent is out of range");
      }
      return value;
    } catch (NumberFormatException e) {
      throw invalid("number", text, field, "");
    }
  }

  /**
   * ISO date-time with offset (also +0000 and +00); without offset it is UTC; a plain date is
   * 00:00 UTC that day.
   */
  private static OffsetDateTime dateTime(CqlField field, String text) throws CqlException {
    for (Function<String, OffsetDateTime> parser : DATE_TIME_PARSERS) {
      try {
        return parser.apply(text);
      } catch (DateTimeParseException e) {
        // try the next accepted format
      }
    }
    throw invalid("date-time", text, field, "; expected an ISO-8601 date such as 2024-01-31"
        + " or date-time such as 2024-01-31T12:00:00Z");
  }

  private static Boolean bool(CqlField field, String text) throws CqlException {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false")) {
      return Boolean.valueOf(lower);
    }
    throw invalid("boolean", text, field, "; expected true or false");
  }

  private static CqlException invalid(String kind, String text, CqlField field, String hint) {
    return new CqlException("Invalid " + kind + " '" + text + "' for field '" + field.name()
        + "'" + hint);
  }
}

package org.folio.access.eholdings.common.rules;

import java.util.regex.Pattern;
import org.folio.access.platform.errors.JsonApiError;

/**
 * Checks of single fields, for the settings and the content API alike; a failure is a 422 titled
 * "Invalid <field>" with the interface's detail ("<field> must not be empty", "... is too long ...").
 */
public final class FieldRules {
  private static final Pattern HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");

  private FieldRules() {}

  public static JsonApiError invalid(String field, String detail) {
    return new JsonApiError(422, "Invalid " + field, detail);
  }

  public static void notEmpty(String field, String value) {
    if (value == null || value.isBlank()) {
      throw invalid(field, field + " must not be empty");
    }
  }

  public static void maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw invalid(field, field + " is too long (maximum is " + max + " characters)");
    }
  }

  /** The value, trimmed; it must be present, not blank and at most max characters (settings and content alike). */
  public static String required(String field, String value, int max) {
    notEmpty(field, value);
    String trimmed = value.trim();
    maxLength(field, trimmed, max);
    return trimmed;
  }

  /** The value (null stays null); when present, at most max characters. */
  public static String optional(String field, String value, int max) {
    maxLength(field, value, max);
    return value;
  }

  /** The value (null stays null); when present, not blank and at most max characters. */
  public static String notBlankWhenSent(String field, String value, int max) {
    return value == null ? null : required(field, value, max);
  }

  /** An http(s) URL, when given. */
  public static void url(String field, String value, int max) {
    if (value == null || value.isEmpty()) {
      return;
    }
    maxLength(field, value, max);
    if (!value.startsWith("https://") && !value.startsWith("http://")) {
      throw invalid(field, field + " has invalid format. Should start with https:// or http://");
    }
  }

  public static boolean looksLikeHtml(String value) {
    return value != null && HTML.matcher(value).find();
  }

  /** Empty text means "none": null. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

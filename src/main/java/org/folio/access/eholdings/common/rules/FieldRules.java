package org.folio.access.eholdings.common.rules;

import java.util.regex.Pattern;
import org.folio.access.platform.errors.JsonApiError;

/** Checks of single fields; a failure is a 422 titled "Invalid <field>" with the interface's detail. */
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

package org.folio.access.eholdings.settings.common;

/** Checks of text fields that answer with the interface's "Invalid <field>" errors. */
public final class FieldRules {
  private FieldRules() {}

  /** The value, trimmed; it must be present, not blank and at most max characters. */
  public static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw SettingsErrors.mustNotBeEmpty(field);
    }
    return atMost(field, value.trim(), max);
  }

  /** The value (null stays null); when present, at most max characters. */
  public static String optional(String field, String value, int max) {
    return value == null ? null : atMost(field, value, max);
  }

  private static String atMost(String field, String value, int max) {
    if (value.length() > max) {
      throw SettingsErrors.tooLong(field, max);
    }
    return value;
  }
}

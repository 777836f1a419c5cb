package org.folio.access.eholdings.common.query;

/** filter[selected]: true, false, or ebsco (selected in managed content). */
public enum Selection {
  SELECTED, NOT_SELECTED, EBSCO;

  /** Null when the filter is absent; 400 when it has another value. */
  public static Selection parse(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    return switch (value) {
      case "true" -> SELECTED;
      case "false" -> NOT_SELECTED;
      case "ebsco" -> EBSCO;
      default -> throw QueryErrors.invalid("filter[selected]");
    };
  }
}

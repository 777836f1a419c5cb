package org.folio.access.circulation;

import java.util.UUID;

/** Ids from paths and headers: a malformed one is simply not found (or refused by the caller). */
public final class Ids {
  private Ids() {}

  /** The UUID, or null when the text is not one (8-4-4-4-12 hexadecimal digits). */
  public static UUID uuid(String text) {
    return text != null && uuidForm(text) ? UUID.fromString(text) : null;
  }

  private static boolean uuidForm(String text) {
    if (text.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
          : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}

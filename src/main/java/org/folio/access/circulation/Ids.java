package org.folio.access.circulation;

import java.util.UUID;
import java.util.regex.Pattern;

/** Ids from paths and headers: a malformed one is simply not found (or refused by the caller). */
public final class Ids {
  private static final Pattern UUID_FORM =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private Ids() {}

  /** The UUID, or null when the text is not one. */
  public static UUID uuid(String text) {
    return text != null && UUID_FORM.matcher(text).matches() ? UUID.fromString(text) : null;
  }
}

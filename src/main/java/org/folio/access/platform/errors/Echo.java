package org.folio.access.platform.errors;

/** Values an error repeats back to the caller, cut to a sane length: a 1 MB bad field gives a small error. */
public final class Echo {
  public static final int VALUE_LIMIT = 200;
  public static final int MESSAGE_LIMIT = 1000;

  private Echo() {}

  public static String cut(String s, int limit) {
    if (s == null || s.length() <= limit) {
      return s;
    }
    return s.substring(0, limit) + "... (" + s.length() + " characters)";
  }
}

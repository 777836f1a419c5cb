package org.folio.access.eholdings.packages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The content types of packages; filters and requests may name them by their letters only (ebook). */
public final class ContentTypes {
  public static final List<String> ALL = List.of("Aggregated Full Text", "Abstract and Index", "E-Book", "E-Journal",
      "Print", "Unknown", "Online Reference", "Streaming Media", "Mixed Content");

  private ContentTypes() {}

  /** "E-Book", "e-book" and "ebook" all name E-Book. */
  public static Optional<String> find(String text) {
    String key = key(text);
    return ALL.stream().filter(t -> key(t).equals(key)).findFirst();
  }

  static String key(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }
}

package org.folio.access.ill.settings;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A mapping setting in the form A=B,C=D: keys matched case-insensitively, values as written. */
public record Mappings(Map<String, String> byKey) {

  /** The mapping, or the problem with its text. */
  public static Mappings parse(String text) {
    Map<String, String> map = new LinkedHashMap<>();
    if (text != null && !text.isBlank()) {
      for (String pair : text.split(",")) {
        int eq = pair.indexOf('=');
        if (eq <= 0 || pair.substring(0, eq).isBlank()) {
          throw new IllegalArgumentException("'" + pair.trim() + "' is not a pair of the form Name=Value");
        }
        map.putIfAbsent(pair.substring(0, eq).trim().toLowerCase(Locale.ROOT), pair.substring(eq + 1).trim());
      }
    }
    return new Mappings(Map.copyOf(map));
  }

  /** The problem with the text, or null when it is a valid mapping. */
  public static String problem(String text) {
    try {
      parse(text);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  public Optional<String> find(String key) {
    return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key.trim().toLowerCase(Locale.ROOT)));
  }
}

package org.folio.access.ill.consortium.publishing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The search keys of the published index, the same on both sides: identifiers (ISBN-10 and ISBN-13 both, so that
 * either finds the other; ISSNs without the hyphen) and words (lower-cased letters and digits of title and author).
 */
public final class Keys {
  private Keys() {}

  public static List<String> identifiers(List<String> isbns, List<String> issns) {
    Set<String> keys = new LinkedHashSet<>();
    for (String isbn : isbns == null ? List.<String>of() : isbns) {
      String s = compact(isbn);
      if (s.length() == 10) {
        keys.add(s);
        keys.add(isbn13(s));
      } else if (s.length() == 13) {
        keys.add(s);
        if (s.startsWith("978")) {
          keys.add(isbn10(s));
        }
      }
    }
    for (String issn : issns == null ? List.<String>of() : issns) {
      String s = compact(issn);
      if (s.length() == 8) {
        keys.add(s);
      }
    }
    return new ArrayList<>(keys);
  }

  public static List<String> words(String... texts) {
    Set<String> words = new LinkedHashSet<>();
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return new ArrayList<>(words);
  }

  static String compact(String identifier) {
    return identifier == null ? "" : identifier.toUpperCase(Locale.ROOT).replaceAll("[^0-9X]", "");
  }

  static String isbn13(String isbn10) {
    String core = "978" + isbn10.substring(0, 9);
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (core.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return core + (10 - sum % 10) % 10;
  }

  static String isbn10(String isbn13) {
    String core = isbn13.substring(3, 12);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (core.charAt(i) - '0') * (10 - i);
    }
    int check = (11 - sum % 11) % 11;
    return core + (check == 10 ? "X" : String.valueOf(check));
  }
}

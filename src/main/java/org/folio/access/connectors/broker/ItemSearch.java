package org.folio.access.connectors.broker;

import java.util.List;

/**
 * What to look for: by ISBNs (exact), or when there are none by keywords (title, author, publication date and
 * the broker's format, each null when unknown).
 */
public record ItemSearch(List<String> isbns, String title, String author, String date, String format) {
  public static ItemSearch byIsbns(List<String> isbns) {
    return new ItemSearch(List.copyOf(isbns), null, null, null, null);
  }

  public static ItemSearch byKeywords(String title, String author, String date, String format) {
    return new ItemSearch(List.of(), title, author, date, format);
  }

  public boolean exact() {
    return !isbns.isEmpty();
  }
}

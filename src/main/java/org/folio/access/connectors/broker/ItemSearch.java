package org.folio.access.connectors.broker;

import java.util.List;

/**
 * What to look for: by ISBNs (exact), or when there are none by keywords (title, author, publication date and
 * the broker's format, each null when unknown). issns go along with either, for brokers that search by them (the
 * consortium broker); the Relais body does not send them.
 */
public record ItemSearch(List<String> isbns, String title, String author, String date, String format, List<String> issns) {
  public ItemSearch(List<String> isbns, String title, String author, String date, String format) {
    this(isbns, title, author, date, format, List.of());
  }

  public static ItemSearch byIsbns(List<String> isbns) {
    return new ItemSearch(List.copyOf(isbns), null, null, null, null);
  }

  public static ItemSearch byKeywords(String title, String author, String date, String format) {
    return new ItemSearch(List.of(), title, author, date, format);
  }

  public ItemSearch withIssns(List<String> issns) {
    return new ItemSearch(isbns, title, author, date, format, List.copyOf(issns));
  }

  public boolean exact() {
    return !isbns.isEmpty();
  }
}

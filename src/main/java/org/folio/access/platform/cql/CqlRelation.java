package org.folio.access.platform.cql;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The CQL relations this parser accepts. */
enum CqlRelation {
  EQ("="), EXACT("=="), NOT_EQ("<>"), LT("<"), GT(">"), LE("<="), GE(">="),
  ADJ("adj"), ALL("all"), ANY("any");

  private final String symbol;

  CqlRelation(String symbol) {
    this.symbol = symbol;
  }

  String symbol() {
    return symbol;
  }

  /** The relation written as {@code text} (relation words are case-insensitive). */
  static Optional<CqlRelation> fromText(String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.symbol.equals(wanted)).findFirst();
  }

  /** All supported relations, as a comma-separated list for error messages. */
  static String supportedList() {
    return Arrays.stream(values()).map(CqlRelation::symbol).collect(Collectors.joining(", "));
  }
}

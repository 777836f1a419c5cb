package org.folio.access.circulation.hosted;

import java.util.Optional;

/** One byte range of a file (first and last byte, inclusive), read from an HTTP Range header. */
record ByteRange(long first, long last) {

  long length() {
    return last - first + 1;
  }

  /** Thrown when the header asks for bytes the file does not have (416). */
  static final class NotSatisfiable extends Exception {
    NotSatisfiable() {
      super(null, null, false, false);
    }
  }

  /**
   * The range a Range header asks of a file of size bytes. Empty (the whole file) when there is no header,
   * it is not a single bytes range, or it is malformed, as HTTP lets a server ignore such ranges.
   */
  static Optional<ByteRange> of(String header, long size) throws NotSatisfiable {
    if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
      return Optional.empty();
    }
    String spec = header.substring(6).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return Optional.empty();
    }
    Long from = number(spec.substring(0, dash));
    Long to = number(spec.substring(dash + 1));
    if (from == null && to == null || dash > 0 && from == null || dash < spec.length() - 1 && to == null) {
      return Optional.empty();
    }
    if (from == null) {
      if (to == 0 || size == 0) {
        throw new NotSatisfiable();
      }
      return Optional.of(new ByteRange(Math.max(0, size - to), size - 1));
    }
    if (to != null && to < from) {
      return Optional.empty();
    }
    if (from >= size) {
      throw new NotSatisfiable();
    }
    return Optional.of(new ByteRange(from, to == null ? size - 1 : Math.min(to, size - 1)));
  }

  private static Long number(String text) {
    String t = text.trim();
    if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.parseLong(t);
  }
}

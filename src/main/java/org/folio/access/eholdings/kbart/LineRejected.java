package org.folio.access.eholdings.kbart;

/** Why one KBART line cannot be imported; thrown while parsing the line, caught for the line alone. */
final class LineRejected extends RuntimeException {
  LineRejected(String reason) {
    super(reason, null, false, false);
  }
}

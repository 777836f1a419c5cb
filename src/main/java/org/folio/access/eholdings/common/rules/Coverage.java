package org.folio.access.eholdings.common.rules;

import java.time.LocalDate;

/** A run of covered dates; end null means up to now. */
public record Coverage(LocalDate begin, LocalDate end) {
  public LocalDate endOrMax() {
    return end == null ? LocalDate.MAX : end;
  }

  public boolean overlaps(Coverage other) {
    return !begin.isAfter(other.endOrMax()) && !other.begin.isAfter(endOrMax());
  }

  public boolean within(Coverage outer) {
    return !begin.isBefore(outer.begin) && !endOrMax().isAfter(outer.endOrMax());
  }
}

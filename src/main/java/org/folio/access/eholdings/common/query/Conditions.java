package org.folio.access.eholdings.common.query;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from conditions joined by AND. */
public final class Conditions {
  private final List<String> parts = new ArrayList<>();

  public Conditions add(String condition) {
    parts.add(condition);
    return this;
  }

  public String where() {
    return parts.isEmpty() ? "TRUE" : String.join(" AND ", parts);
  }
}

package org.folio.access.platform.cql;

import java.util.ArrayList;
import java.util.List;

/** Collects bound values and hands out their placeholders {@code $first}, {@code $first+1}, ... */
final class SqlParams {

  private final int first;
  private final List<Object> values = new ArrayList<>();

  SqlParams(int first) {
    this.first = first;
  }

  /** Binds the value and returns its placeholder. */
  String add(Object value) {
    values.add(value);
    return "$" + (first + values.size() - 1);
  }

  List<Object> values() {
    return List.copyOf(values);
  }
}

package org.folio.access.eholdings.common.query;

import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Values bound to a statement as it is built; each bind answers its placeholder ($1, $2, ...). */
public final class SqlParams {
  private final List<Object> values = new ArrayList<>();

  public String bind(Object value) {
    values.add(value);
    return "$" + values.size();
  }

  public Tuple tuple() {
    Tuple tuple = Tuple.tuple();
    values.forEach(tuple::addValue);
    return tuple;
  }
}

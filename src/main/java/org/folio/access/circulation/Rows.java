package org.folio.access.circulation;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** What circulation repositories read from their rows: documents (column doc) and single columns. */
public final class Rows {
  private Rows() {}

  /** One value of every row, in order. */
  public static <T> List<T> each(RowSet<Row> rows, Function<Row, T> value) {
    List<T> list = new ArrayList<>();
    rows.forEach(row -> list.add(value.apply(row)));
    return list;
  }

  /** The doc column of every row. */
  public static List<String> docs(RowSet<Row> rows) {
    return each(rows, row -> row.getString("doc"));
  }

  /** The document of the first row, if any. */
  public static Optional<Document> document(RowSet<Row> rows, UUID id) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(new Document(id.toString(), rows.iterator().next().getString("doc")));
  }

  /** The document a write that must have happened returned. */
  public static Document written(RowSet<Row> rows, UUID id) {
    return document(rows, id).orElseThrow(() -> new IllegalStateException("Record " + id + " was not written"));
  }
}

package org.folio.access.platform.db;

import io.vertx.sqlclient.Row;
import org.folio.access.platform.json.Json;

/**
 * How documents cross the driver: written as text and cast in SQL ($n::text::jsonb, because a Java String
 * bound straight to jsonb would be stored as a JSON string), read back as text (jsonb::text).
 */
public final class Jsonb {
  /** Append to a placeholder that carries a document: "$3" + Jsonb.CAST. */
  public static final String CAST = "::text::jsonb";

  private Jsonb() {}

  public static String write(Object document) {
    return Json.encode(document);
  }

  public static <T> T read(Row row, String column, Class<T> type) {
    return Json.decode(row.getString(column), type);
  }
}

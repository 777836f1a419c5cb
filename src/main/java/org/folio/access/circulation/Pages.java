package org.folio.access.circulation;

import java.util.List;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.json.Json;

/** Turns a page of stored documents into the items of a collection answer. */
public final class Pages {
  private Pages() {}

  public static <T> List<T> items(CqlCollection.Page page, Class<T> type) {
    return page.documents().stream().map(doc -> Json.decode(doc, type)).toList();
  }

  public static <T> List<T> items(List<String> documents, Class<T> type) {
    return documents.stream().map(doc -> Json.decode(doc, type)).toList();
  }

  public static int total(CqlCollection.Page page) {
    return (int) Math.min(page.totalRecords(), Integer.MAX_VALUE);
  }
}

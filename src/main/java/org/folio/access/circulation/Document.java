package org.folio.access.circulation;

import java.util.Map;
import org.folio.access.platform.http.Reply;
import org.folio.access.platform.json.Json;

/** A record's API document as the database built it (JSON text), with its id. */
public record Document(String id, String json) {
  public <T> T as(Class<T> type) {
    return Json.decode(json, type);
  }

  /**
   * The document as the response body, as the database built it: the schema's fields (the SQL document
   * functions build exactly those), without decoding it into the generated model and encoding it again.
   */
  public Reply reply(int status) {
    return new Reply(status, "application/json", json, Map.of());
  }
}

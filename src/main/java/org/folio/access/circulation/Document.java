package org.folio.access.circulation;

import org.folio.access.platform.json.Json;

/** A record's API document as the database built it (JSON text), with its id. */
public record Document(String id, String json) {
  public <T> T as(Class<T> type) {
    return Json.decode(json, type);
  }
}

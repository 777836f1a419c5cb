package org.folio.access.eholdings.titles;

import io.vertx.core.json.JsonObject;

/** A title as stored. */
public record TitleRow(long id, String name, String publicationType, String publisherName, boolean custom,
    JsonObject doc) {

  public String recordId() {
    return String.valueOf(id);
  }
}

package org.folio.access.circulation.hosted;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** A stored hosted e-book as the rules need it. */
record ContentRow(UUID id, String name, String fileName, String fileType, String state, JsonObject metadata, JsonObject lending,
    long sizeBytes, String sha256, String resourceId) {

  /** The title of the book: the name the uploader gave, else the title in the metadata, else the file's name. */
  String title(JsonObject metadata) {
    return name.equals(fileName) ? metadata.getString("title", name) : name;
  }

  boolean settled() {
    return "processed".equals(state) || "failed".equals(state);
  }
}

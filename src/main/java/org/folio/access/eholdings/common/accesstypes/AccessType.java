package org.folio.access.eholdings.common.accesstypes;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An access type of the knowledge base (settings own them; records only point at them). */
public record AccessType(UUID id, UUID credentialsId, String name, JsonObject doc) {
  public static final String TYPE = "accessTypes";

  /** The whole record for a document's included array. */
  public Map<String, Object> included() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("name", name);
    if (doc.getString("description") != null) {
      attributes.put("description", doc.getString("description"));
    }
    attributes.put("credentialsId", credentialsId.toString());
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", id.toString());
    record.put("type", TYPE);
    record.put("attributes", attributes);
    if (doc.getJsonObject("metadata") != null) {
      record.put("metadata", doc.getJsonObject("metadata").getMap());
    }
    return record;
  }
}

package org.folio.access.eholdings.common.accesstypes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.folio.access.eholdings.settings.common.RecordMetadata;

/**
 * An access type of a knowledge base: the one model of the access_types table, for the settings API (which
 * writes them) and the content API (where packages and resources point at them). usageNumber, the packages
 * and resources carrying it, is counted only where it is shown (null otherwise).
 */
public record AccessType(UUID id, UUID credentialsId, AccessTypeDocument document, Long usageNumber) {
  public static final String TYPE = "accessTypes";

  /**
   * The access_types.jsonb document (storage contract of V002): name, description, metadata (who and when, by
   * id) and, looked up when written, the names of who created and who last changed it.
   */
  public record AccessTypeDocument(String name, String description, RecordMetadata metadata, PersonName creator,
      PersonName updater) {}

  /** A user's names as the users module gave them. */
  public record PersonName(String firstName, String middleName, String lastName) {}

  public String name() {
    return document.name();
  }

  /** The whole record for a content document's included array. */
  public Map<String, Object> included() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("name", document.name());
    if (document.description() != null) {
      attributes.put("description", document.description());
    }
    attributes.put("credentialsId", credentialsId.toString());
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", id.toString());
    record.put("type", TYPE);
    record.put("attributes", attributes);
    putIfPresent(record, "creator", document.creator());
    putIfPresent(record, "updater", document.updater());
    if (document.metadata() != null) {
      record.put("metadata", document.metadata());
    }
    return record;
  }

  private static void putIfPresent(Map<String, Object> record, String key, PersonName name) {
    if (name != null) {
      Map<String, Object> names = new LinkedHashMap<>();
      names.put("firstName", name.firstName());
      names.put("middleName", name.middleName());
      names.put("lastName", name.lastName());
      record.put(key, names);
    }
  }
}

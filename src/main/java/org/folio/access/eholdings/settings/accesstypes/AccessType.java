package org.folio.access.eholdings.settings.accesstypes;

import java.util.UUID;
import org.folio.access.eholdings.settings.common.RecordMetadata;

/** An access type of a knowledge base, with how many packages and resources carry it. */
public record AccessType(UUID id, UUID credentialsId, AccessTypeDocument document, long usageNumber) {

  /** The access_types.jsonb document (storage contract of V002). */
  public record AccessTypeDocument(String name, String description, RecordMetadata metadata) {}
}

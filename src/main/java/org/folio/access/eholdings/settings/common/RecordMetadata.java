package org.folio.access.eholdings.settings.common;

import java.time.Instant;

/** Who created and last changed a settings record, and when (UTC ISO-8601), as stored in its document. */
public record RecordMetadata(String createdDate, String createdByUserId, String updatedDate, String updatedByUserId) {

  /** Metadata of a record created now by the user. */
  public static RecordMetadata createdBy(String userId) {
    String now = Instant.now().toString();
    return new RecordMetadata(now, userId, now, userId);
  }

  /** The fields a change sets: merged into the stored metadata, keeping the creation fields. */
  public static RecordMetadata updatedBy(String userId) {
    return new RecordMetadata(null, null, Instant.now().toString(), userId);
  }
}

package org.folio.access.eholdings.common.tags;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A tag on one record: the record's type (provider, package, title, resource) and interface id. */
public record RecordTag(String recordType, String recordId, String tag) {

  /** The same id for the same tag on the same record, every time. */
  public UUID id() {
    return UUID.nameUUIDFromBytes((recordType + "\n" + recordId + "\n" + tag).getBytes(StandardCharsets.UTF_8));
  }

  /** The stable id of a tag value. */
  public static UUID valueId(String tag) {
    return UUID.nameUUIDFromBytes(("tag\n" + tag).getBytes(StandardCharsets.UTF_8));
  }
}

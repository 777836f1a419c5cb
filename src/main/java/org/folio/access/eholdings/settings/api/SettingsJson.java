package org.folio.access.eholdings.settings.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.folio.access.eholdings.settings.common.RecordMetadata;
import org.folio.access.rest.model.Jsonapi;
import org.folio.access.rest.model.KbCredentialsCollectionMeta;
import org.folio.access.rest.model.KbCredentialsMetadata;

/** Parts every settings document shares: the JSON:API version, collection meta, record metadata. */
final class SettingsJson {
  private SettingsJson() {}

  static Jsonapi jsonapi() {
    return new Jsonapi().withVersion("1.0");
  }

  static KbCredentialsCollectionMeta total(int n) {
    return new KbCredentialsCollectionMeta().withTotalResults(n);
  }

  /** The stored metadata; the row's creation time stands in when the document has none (tenant data). */
  static KbCredentialsMetadata metadata(RecordMetadata stored, OffsetDateTime createdAt) {
    RecordMetadata m = stored == null ? new RecordMetadata(null, null, null, null) : stored;
    String created = m.createdDate() != null ? m.createdDate()
        : createdAt == null ? null : createdAt.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    return new KbCredentialsMetadata().withCreatedDate(created).withCreatedByUserId(m.createdByUserId())
        .withUpdatedDate(m.updatedDate() != null ? m.updatedDate() : created).withUpdatedByUserId(m.updatedByUserId());
  }
}

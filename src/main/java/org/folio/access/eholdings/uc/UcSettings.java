package org.folio.access.eholdings.uc;

import java.util.UUID;
import org.folio.access.eholdings.settings.common.RecordMetadata;

/** Usage consolidation settings of one knowledge base (a uc_settings row); customerKey is a secret. */
public record UcSettings(UUID id, UUID credentialsId, String customerKey, UcSettingsDocument document) {
  /** What answers show instead of the customer key. */
  public static final String MASK = "*".repeat(40);

  /** The uc_settings.jsonb document (storage contract of V006). */
  public record UcSettingsDocument(String startMonth, String currency, String platformType, String metricType,
      RecordMetadata metadata) {}
}

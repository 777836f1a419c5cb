package org.folio.access.eholdings.uc;

import org.folio.access.eholdings.settings.common.RecordMetadata;
import org.folio.access.rest.model.KbCredentialsMetadata;
import org.folio.access.rest.model.UcCredentialsClientId;
import org.folio.access.rest.model.UcCredentialsClientSecret;
import org.folio.access.rest.model.UcCredentialsPresence;
import org.folio.access.rest.model.UcSettingsAttributes;
import org.folio.access.rest.model.UcSettingsKey;
import org.folio.access.rest.model.UcSettingsKeyAttributes;

/** Usage consolidation documents; the customer key is masked unless the key itself is asked for. */
final class UcJson {
  private UcJson() {}

  static org.folio.access.rest.model.UcSettings settings(UcSettings s) {
    UcSettings.UcSettingsDocument d = s.document();
    RecordMetadata m = d.metadata() == null ? new RecordMetadata(null, null, null, null) : d.metadata();
    return new org.folio.access.rest.model.UcSettings().withId(s.id().toString()).withType("ucSettings")
        .withAttributes(new UcSettingsAttributes().withCredentialsId(s.credentialsId().toString()).withCustomerKey(UcSettings.MASK)
            .withStartMonth(d.startMonth()).withCurrency(d.currency()).withPlatformType(d.platformType())
            .withMetricType(d.metricType()))
        .withMetadata(new KbCredentialsMetadata().withCreatedDate(m.createdDate()).withCreatedByUserId(m.createdByUserId())
            .withUpdatedDate(m.updatedDate() != null ? m.updatedDate() : m.createdDate())
            .withUpdatedByUserId(m.updatedByUserId()));
  }

  static UcSettingsKey key(UcSettings s) {
    return new UcSettingsKey().withId(s.id().toString()).withType("ucSettingsKey").withAttributes(
        new UcSettingsKeyAttributes().withCredentialsId(s.credentialsId().toString()).withCustomerKey(s.customerKey()));
  }

  static org.folio.access.rest.model.UcCredentials presence(boolean present) {
    return new org.folio.access.rest.model.UcCredentials().withType("ucCredentials")
        .withAttributes(new UcCredentialsPresence().withIsPresent(present));
  }

  static UcCredentialsClientId clientId(UcCredentials c) {
    return new UcCredentialsClientId().withClientId(c.clientId());
  }

  static UcCredentialsClientSecret clientSecret(UcCredentials c) {
    return new UcCredentialsClientSecret().withClientSecret(c.clientSecret());
  }
}

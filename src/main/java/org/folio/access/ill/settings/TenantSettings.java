package org.folio.access.ill.settings;

import org.folio.access.rest.model.IllSettings;

/** A tenant's routing settings with every default applied, and the broker API key apart (null when none). */
public record TenantSettings(IllSettings values, String apiKey) {
  public static final String MASK = "********";

  /** The settings as answers show them: the key masked when one is set. */
  public IllSettings masked() {
    IllSettings copy = SettingsDefaults.apply(values);
    copy.setApiKey(apiKey == null ? "" : MASK);
    return copy;
  }

  /** Logs and exception messages never show the key. */
  @Override
  public String toString() {
    return "TenantSettings[broker=" + values.getBroker() + ", brokerUrl=" + values.getBrokerUrl() + ", apiKey=" + (apiKey == null ? "none" : MASK) + "]";
  }
}

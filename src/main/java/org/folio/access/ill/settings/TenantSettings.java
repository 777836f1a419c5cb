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

  /** Whether the routing timer routes for the tenant: its settings name a broker URL or the consortium broker. */
  public boolean routes() {
    return !values.getBrokerUrl().isBlank() || values.getBroker() == IllSettings.Broker.CONSORTIUM;
  }

  /** Logs and exception messages never show the key. */
  @Override
  public String toString() {
    return "TenantSettings[broker=" + values.getBroker() + ", brokerUrl=" + values.getBrokerUrl() + ", apiKey=" + (apiKey == null ? "none" : MASK) + "]";
  }
}

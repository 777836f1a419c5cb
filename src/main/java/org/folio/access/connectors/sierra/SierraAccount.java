package org.folio.access.connectors.sierra;

/**
 * One tenant's account at a Sierra-style ILS: the API's base URL (with its version), the client credentials,
 * and the patron varField tag that holds the module's user id. `key` names the account for the token cache and
 * the circuit breaker. toString never shows the secret.
 */
public record SierraAccount(String key, String baseUrl, String clientKey, String clientSecret, String patronFieldTag) {
  @Override
  public String toString() {
    return "SierraAccount[" + key + ", " + baseUrl + "]";
  }
}

package org.folio.access.connectors.broker;

import java.security.interfaces.RSAPublicKey;

/**
 * The tenant's account at a broker. publicKey null: credentials go in plain. breakerKey names the circuit
 * breaker of this account (tenant and broker URL).
 */
public record BrokerAccount(String tenant, String baseUrl, String apiKey, RSAPublicKey publicKey, String partnershipId,
    String librarySymbol, boolean testInstance) {

  public String breakerKey() {
    return "ill-broker:" + tenant + ":" + baseUrl;
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "BrokerAccount[tenant=" + tenant + ", baseUrl=" + baseUrl + "]";
  }
}

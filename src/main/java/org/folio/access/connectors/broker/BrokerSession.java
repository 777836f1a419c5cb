package org.folio.access.connectors.broker;

/** An authenticated session at the broker (for Relais: the AuthorizationId). */
public record BrokerSession(BrokerAccount account, String authorizationId) {
  @Override
  public String toString() {
    return "BrokerSession[" + account + "]";
  }
}

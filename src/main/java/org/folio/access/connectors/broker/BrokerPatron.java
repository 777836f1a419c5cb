package org.folio.access.connectors.broker;

/** Who the broker is asked for: barcode (PatronId), and when known surname, login and password. Personal data. */
public record BrokerPatron(String barcode, String surname, String login, String password) {
  /** Never shows the values. */
  @Override
  public String toString() {
    return "BrokerPatron[...]";
  }
}

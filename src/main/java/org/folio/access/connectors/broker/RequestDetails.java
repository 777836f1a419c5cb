package org.folio.access.connectors.broker;

import java.util.UUID;

/**
 * What goes with a request: the broker's pickup location code, our external number, notes (each may be blank), and
 * the ILL transaction it is for (the consortium broker ties its borrowing request to it; Relais does not send it).
 */
public record RequestDetails(String pickupLocation, String externalNumber, String notes, UUID transactionId) {
  public RequestDetails(String pickupLocation, String externalNumber, String notes) {
    this(pickupLocation, externalNumber, notes, null);
  }
}

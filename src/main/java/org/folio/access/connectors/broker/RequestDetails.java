package org.folio.access.connectors.broker;

/** What goes with a request: the broker's pickup location code, our external number, notes (each may be blank). */
public record RequestDetails(String pickupLocation, String externalNumber, String notes) {}

package org.folio.access.connectors.sierra;

/** A patron's hold as Sierra reports it: ids taken from its URLs, the pickup place and date, the status. */
public record SierraHold(String id, String recordType, String recordNumber, String notNeededAfterDate,
    String pickupLocationCode, String pickupLocationName, String statusCode, String statusName) {}

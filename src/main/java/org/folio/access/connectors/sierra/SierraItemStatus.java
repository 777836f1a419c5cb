package org.folio.access.connectors.sierra;

/** An item's status as Sierra reports it (fixed field 88 and the due date when on loan). */
public record SierraItemStatus(String recordNumber, String code, String display, String dueDate) {}

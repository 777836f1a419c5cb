package org.folio.access.platform.cql;

/** The type of a searchable field; it decides which relations are allowed and how values are bound. */
public enum CqlType { TEXT, UUID, NUMBER, DATE_TIME, BOOLEAN }

package org.folio.access.platform.cql;

/**
 * An invalid CQL query. The message is a plain sentence naming the problem (and the offending
 * field, relation, term or 1-based character position where relevant), fit for an HTTP 400 body.
 */
public final class CqlException extends Exception {

  private static final long serialVersionUID = 1L;

  public CqlException(String message) {
    super(message);
  }
}

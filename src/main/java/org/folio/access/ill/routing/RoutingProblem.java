package org.folio.access.ill.routing;

/** A reason routing cannot go on that is not the broker's answer (no barcode, no broker URL, ...): its note. */
final class RoutingProblem extends RuntimeException {
  RoutingProblem(String message) {
    super(message, null, false, false);
  }
}

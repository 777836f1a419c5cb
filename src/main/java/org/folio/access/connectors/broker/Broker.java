package org.folio.access.connectors.broker;

import io.vertx.core.Future;

/**
 * A consortium broker that finds items at partner libraries and places requests for them: the Relais D2D web
 * services first, a built-in broker over other tenants' published holdings later. The routing engine talks
 * only to this interface and picks the implementation by the tenant's `broker` setting. Failures are
 * UpstreamFailure (their body is the broker's own answer, for staff notes only).
 */
public interface Broker {
  /** The name tenants choose it by in their settings. */
  String name();

  /** One authentication attempt for the patron; the session carries what later calls need. */
  Future<BrokerSession> authenticate(BrokerAccount account, BrokerPatron patron);

  /** Searches the partners: exactly by identifiers when the search has any, else by keywords. Never requests. */
  Future<FindResult> find(BrokerSession session, ItemSearch search);

  /** Requests the item found by the search; the broker's request number. Not idempotent: never repeated. */
  Future<String> request(BrokerSession session, ItemSearch search, RequestDetails details);
}

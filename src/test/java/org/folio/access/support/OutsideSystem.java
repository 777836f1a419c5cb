package org.folio.access.support;

import org.mockserver.integration.ClientAndServer;

/**
 * A MockServer standing in for one outside system (a vendor's lending API, an ILS, an ILL broker), started on a
 * free port. Only outside systems are mocked: the module's own HTTP layer and database are always real.
 */
public final class OutsideSystem implements AutoCloseable {
  private final ClientAndServer server;

  private OutsideSystem(ClientAndServer server) {
    this.server = server;
  }

  public static OutsideSystem start() {
    return new OutsideSystem(ClientAndServer.startClientAndServer(0));
  }

  /** Expectations and verifications go through this client. */
  public ClientAndServer mock() {
    return server;
  }

  public String baseUrl() {
    return "http://localhost:" + server.getPort();
  }

  @Override
  public void close() {
    server.stop();
  }
}

package org.folio.access.platform.http;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;

/**
 * A reply entity that writes itself to the response as a stream (files the module serves), honouring the
 * response's back-pressure; status and headers are set before it is called, and it ends the response.
 */
@FunctionalInterface
public interface StreamedBody {
  Future<Void> writeTo(HttpServerResponse response);
}

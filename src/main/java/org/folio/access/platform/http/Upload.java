package org.folio.access.platform.http;

import io.vertx.core.http.HttpServerRequest;

/** A request body that is streamed to the handler instead of being held in memory (file uploads). */
public record Upload(HttpServerRequest request, String contentType) {}

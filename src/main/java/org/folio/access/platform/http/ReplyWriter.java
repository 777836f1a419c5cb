package org.folio.access.platform.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.errors.ErrorBodies;
import org.folio.access.platform.errors.Failures;
import org.folio.access.platform.json.Json;

/** Writes replies and failures; the error dialect follows the path (JSON:API under /eholdings). */
public final class ReplyWriter {
  private ReplyWriter() {}

  public static void write(RoutingContext ctx, Reply reply) {
    HttpServerResponse response = ctx.response().setStatusCode(reply.status());
    reply.headers().forEach(response::putHeader);
    if (reply.entity() instanceof StreamedBody streamed) {
      streamed.writeTo(response).onFailure(e -> response.reset());
      return;
    }
    if (reply.entity() == null) {
      response.end();
      return;
    }
    response.putHeader("Content-Type", reply.mediaType() == null ? ErrorBodies.JSON : reply.mediaType());
    Object entity = reply.entity();
    response.end(entity instanceof String text ? Buffer.buffer(text) : Buffer.buffer(Json.encode(entity)));
  }

  public static void fail(RoutingContext ctx, Throwable failure, String requestId) {
    if (ctx.response().ended()) {
      return;
    }
    ApiError error = Failures.toApiError(failure, requestId);
    boolean jsonApi = ErrorBodies.speaksJsonApi(ctx.request().path());
    Object body = jsonApi ? ErrorBodies.jsonApi(error) : ErrorBodies.folio(error);
    if (error.retryAfterSeconds() != null) {
      ctx.response().putHeader("Retry-After", String.valueOf(error.retryAfterSeconds()));
    }
    ctx.response().setStatusCode(error.status())
        .putHeader("Content-Type", jsonApi ? ErrorBodies.JSON_API : ErrorBodies.JSON)
        .end(Json.encode(body));
  }
}

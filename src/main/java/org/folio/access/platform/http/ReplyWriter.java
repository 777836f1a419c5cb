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
    if (ctx.response().ended() || ctx.response().closed()) {
      return; // already answered (the database went away while this request waited) or the caller left
    }
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
    response.end(entity instanceof Buffer bytes ? bytes
        : entity instanceof String text ? Buffer.buffer(text) : Buffer.buffer(Json.encodeToBytes(entity)));
  }

  public static void fail(RoutingContext ctx, Throwable failure, String requestId) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    String id = requestId != null ? requestId : AccessLog.requestId(ctx);
    fail(ctx.response(), ctx.request().path(), Failures.toApiError(failure, ctx.request().getHeader(OkapiHeaders.TENANT), id));
  }

  /** Writes the error in the dialect of the path (the raw URI will do: only its start is looked at). */
  public static void fail(HttpServerResponse response, String path, ApiError error) {
    boolean jsonApi = path != null && ErrorBodies.speaksJsonApi(path);
    Object body = jsonApi ? ErrorBodies.jsonApi(error) : ErrorBodies.folio(error);
    if (error.retryAfterSeconds() != null) {
      response.putHeader("Retry-After", String.valueOf(error.retryAfterSeconds()));
    }
    response.setStatusCode(error.status())
        .putHeader("Content-Type", jsonApi ? ErrorBodies.JSON_API : ErrorBodies.JSON)
        .end(Json.encode(body));
  }
}

package org.folio.access.platform.http;

import io.vertx.ext.web.Router;
import org.folio.access.platform.errors.ApiError;

/** Answers of the router itself (no route, wrong method, body too large) in the module's error dialects. */
public final class RouterErrors {
  private RouterErrors() {}

  public static void install(Router router, long bodyLimit) {
    router.errorHandler(404, ctx -> ReplyWriter.fail(ctx, ApiError.notFound("No such path: " + ctx.request().path()), null));
    router.errorHandler(405, ctx -> ReplyWriter.fail(ctx,
        new ApiError(405, "METHOD_NOT_ALLOWED", ctx.request().method() + " is not allowed on " + ctx.request().path(),
            java.util.List.of()), null));
    router.errorHandler(413, ctx -> ReplyWriter.fail(ctx,
        new ApiError(413, "PAYLOAD_TOO_LARGE", "Request body is larger than " + bodyLimit + " bytes", java.util.List.of()), null));
    router.errorHandler(400, ctx -> ReplyWriter.fail(ctx,
        ctx.failure() instanceof ApiError e ? e : ApiError.badRequest("BAD_REQUEST", "Bad request", null, null), null));
    router.errorHandler(500, ctx -> ReplyWriter.fail(ctx, ctx.failure(), null));
  }
}

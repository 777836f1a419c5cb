package org.folio.access.platform.http;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import org.folio.access.platform.errors.ApiError;

/**
 * Requests the HTTP decoder refuses before the router sees them (request line or headers too long, broken
 * syntax): answered with a JSON body in the path's dialect instead of the server's empty one.
 */
public final class InvalidRequests {
  /** The longest request line served; the decoder takes up to LINE_READ so that longer ones still get a dialect. */
  static final int MAX_URI = 8192;
  static final int LINE_READ = 65_536;

  private InvalidRequests() {}

  /** First handler of the router: a request line over MAX_URI is a 414 in the dialect of its path. */
  public static void refuseLongUri(io.vertx.ext.web.RoutingContext ctx) {
    if (ctx.request().uri().length() > MAX_URI) {
      ReplyWriter.fail(ctx.response(), ctx.request().path(), tooLong(MAX_URI));
      return;
    }
    ctx.next();
  }

  private static ApiError tooLong(int limit) {
    return new ApiError(414, "URI_TOO_LONG", "The request line (path and query) is longer than " + limit + " bytes",
        List.of(new ApiError.ErrorParameter("uri", null)));
  }

  static void handle(HttpServerRequest request, int maxInitialLine, int maxHeaders) {
    Throwable cause = request.decoderResult().cause();
    String uri = request.uri() == null ? "" : request.uri();
    ApiError error;
    if (cause instanceof TooLongHttpHeaderException) {
      error = new ApiError(431, "HEADERS_TOO_LARGE", "The request's headers are larger than " + maxHeaders + " bytes",
          List.of(new ApiError.ErrorParameter("headers", null)));
    } else if (cause instanceof TooLongHttpLineException) {
      error = tooLong(maxInitialLine);
    } else {
      error = ApiError.badRequest("MALFORMED_REQUEST", "The HTTP request cannot be read: "
          + (cause == null ? "malformed" : cause.getClass().getSimpleName()), null, null);
    }
    ReplyWriter.fail(request.response().putHeader("Connection", "close"), uri, error);
  }
}

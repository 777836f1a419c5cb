package org.folio.access.platform.http;

import java.util.List;
import org.folio.access.platform.errors.ApiError;

/** A JSON body must say it is JSON when it says anything: another media type is a 415 naming Content-Type. */
final class ContentTypes {
  private ContentTypes() {}

  static void requireJson(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return; // gateways and simple clients often send none; the body parser judges the bytes
    }
    String media = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    if (media.equals("application/json") || media.endsWith("+json") || media.equals("*/*")) {
      return;
    }
    throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json (or application/vnd.api+json)",
        List.of(new ApiError.ErrorParameter("Content-Type", contentType)));
  }
}

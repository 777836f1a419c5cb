package org.folio.access.platform.http;

import io.netty.handler.codec.http.QueryStringDecoder;
import org.folio.access.platform.errors.ApiError;

/**
 * Checks a raw query string before anything reads it: every name and value must be well percent-encoded
 * and free of control characters (tab, CR and LF aside), even for parameters the method does not declare.
 * A bad one is a 400 naming the parameter, instead of the router's anonymous failure.
 */
public final class QueryString {
  private QueryString() {}

  public static void check(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String name = decode(rawName, rawName, "name");
      if (eq >= 0) {
        String value = decode(pair.substring(eq + 1), name, "value");
        if (hasControlCharacter(value)) {
          throw ApiError.badRequest("INVALID_PARAMETER", "'" + name + "' parameter is incorrect: it holds control characters",
              name, value.replaceAll("\\p{Cntrl}", "?"));
        }
      }
      if (hasControlCharacter(name)) {
        throw ApiError.badRequest("INVALID_PARAMETER", "A parameter name holds control characters", "?", null);
      }
    }
  }

  private static String decode(String raw, String parameter, String part) {
    try {
      return QueryStringDecoder.decodeComponent(raw);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("INVALID_PARAMETER", "'" + parameter + "' parameter is incorrect: its " + part
          + " is not well percent-encoded (" + e.getMessage().replaceFirst(" at index.*", "") + ")", parameter, raw);
    }
  }

  /** C0 controls other than tab, LF and CR, and DEL: nothing a search text or an id can mean. */
  static boolean hasControlCharacter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        return true;
      }
    }
    return false;
  }
}

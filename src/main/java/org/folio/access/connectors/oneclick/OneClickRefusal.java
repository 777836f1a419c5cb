package org.folio.access.connectors.oneclick;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import org.folio.access.connectors.common.UpstreamFailure;

/**
 * What a OneClick-style refusal means, read from its HTTP status and its message (the API answers
 * {"message": "..."} or a bare word with 4xx/5xx statuses; the same status serves several refusals, so the
 * message decides). The message is read here and nowhere passed on.
 */
public enum OneClickRefusal {
  LOAN_LIMIT_REACHED, HOLD_LIMIT_REACHED, ALREADY_CHECKED_OUT, ALREADY_ON_HOLD, NOT_AVAILABLE, NOT_CHECKED_OUT,
  NOT_ON_HOLD, TITLE_NOT_FOUND, PATRON_NOT_FOUND, AUTH_FAILED, UNAVAILABLE, TIMED_OUT, OTHER;

  /** The refusal a failed call stands for. */
  public static OneClickRefusal of(UpstreamFailure failure) {
    return switch (failure.kind()) {
      case UNAVAILABLE, CIRCUIT_OPEN -> UNAVAILABLE;
      case TIMEOUT -> TIMED_OUT;
      case AUTH -> AUTH_FAILED;
      case PROTOCOL -> OTHER;
      case NOT_FOUND, REFUSED -> byMessage(failure.status(), message(failure.body()));
    };
  }

  static OneClickRefusal byMessage(int status, String message) {
    String m = message.toLowerCase(Locale.ROOT);
    if (m.contains("limit") || m.contains("maximum") || m.contains("max checkouts") || m.contains("exceeded")) {
      return m.contains("hold") ? HOLD_LIMIT_REACHED : LOAN_LIMIT_REACHED;
    }
    if (m.contains("already") && m.contains("hold")) {
      return ALREADY_ON_HOLD;
    }
    if (m.contains("already") && (m.contains("checked out") || m.contains("checkout"))) {
      return ALREADY_CHECKED_OUT;
    }
    if (m.contains("not available") || m.contains("unavailable") || m.contains("no copies")) {
      return NOT_AVAILABLE;
    }
    if (m.contains("not checked out") || m.contains("no checkout")) {
      return NOT_CHECKED_OUT;
    }
    if (m.contains("not on hold") || m.contains("no hold")) {
      return NOT_ON_HOLD;
    }
    if (m.contains("patron") && (status == 404 || m.contains("not found"))) {
      return PATRON_NOT_FOUND;
    }
    if (status == 404 || m.contains("not found") || m.contains("invalid isbn")) {
      return TITLE_NOT_FOUND;
    }
    return OTHER;
  }

  /** The message of an error body: its "message" (or "Message") when JSON, else the text itself. */
  static String message(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String text = body.trim();
    if (text.startsWith("{")) {
      try {
        JsonObject json = new JsonObject(text);
        String m = json.getString("message", json.getString("Message", json.getString("error", "")));
        return m == null ? "" : m;
      } catch (DecodeException | ClassCastException e) {
        return text;
      }
    }
    return text;
  }
}

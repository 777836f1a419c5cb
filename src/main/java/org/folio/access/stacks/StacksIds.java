package org.folio.access.stacks;

import java.util.UUID;
import java.util.regex.Pattern;
import org.folio.access.platform.errors.ApiError;

/** The ids of the stacks area: item and work ids (ILS record ids and the like), request ids (UUIDs). */
public final class StacksIds {
  private static final Pattern ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

  private StacksIds() {}

  /** The id, or a 400 naming the parameter. */
  public static String require(String parameter, String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw StacksErrors.badId(parameter, value);
    }
    return value;
  }

  /** A UUID, or null when the text is not one. */
  public static UUID uuid(String value) {
    try {
      return value == null ? null : UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Fails with the error as a value, for Future chains. */
  public static ApiError asError(RuntimeException e) {
    return e instanceof ApiError api ? api : ApiError.badRequest("BAD_VALUE", e.getMessage(), null, null);
  }
}

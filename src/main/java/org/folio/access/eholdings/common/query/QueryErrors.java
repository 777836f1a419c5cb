package org.folio.access.eholdings.common.query;

import org.folio.access.platform.errors.JsonApiError;

/** The 400s of bad query parameters, titled as the eholdings interface titles them. */
public final class QueryErrors {
  private QueryErrors() {}

  public static JsonApiError invalid(String parameter) {
    return new JsonApiError(400, "Invalid Query Parameter for " + parameter, null);
  }
}

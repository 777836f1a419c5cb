package org.folio.access.platform.errors;

import java.util.List;

/** An ApiError that also carries the JSON:API `detail` the eholdings interface gives beside its title. */
public final class JsonApiError extends ApiError {
  private final String detail;

  public JsonApiError(int status, String title, String detail) {
    super(status, status == 404 ? "NOT_FOUND" : "EHOLDINGS_" + status, title, List.of());
    this.detail = detail;
  }

  public String detail() {
    return detail;
  }
}

package org.folio.access.platform.errors;

import java.util.List;

/**
 * An ApiError that also carries what the eholdings interface gives beside its title: a `detail`, and for
 * invalid request bodies the bean-validation `message` with `parameters` naming the field by its JSON path.
 */
public final class JsonApiError extends ApiError {
  private final String detail;
  private final List<Violation> violations;

  public JsonApiError(int status, String title, String detail) {
    super(status, status == 404 ? "NOT_FOUND" : "EHOLDINGS_" + status, title, List.of());
    this.detail = detail;
    this.violations = List.of();
  }

  private JsonApiError(ApiError folio, List<Violation> violations) {
    super(folio.status(), folio.code(), folio.getMessage(), folio.parameters());
    this.detail = null;
    this.violations = List.copyOf(violations);
  }

  /** One field of a body that breaks a rule: its JSON path, its value (null when not echoed) and the rule's words. */
  public record Violation(String key, String value, String message) {}

  /**
   * An invalid body: FOLIO paths answer the given error unchanged; /eholdings answers one JSON:API error per
   * violation, in bean-validation words ("must not be null", "size must be between 0 and 20").
   */
  public static JsonApiError invalidBody(ApiError folio, List<Violation> violations) {
    return new JsonApiError(folio, violations);
  }

  /** 422 for one field of the body, e.g. violation("data.id", null, "must not be null"). */
  public static JsonApiError violation(String key, String value, String message) {
    return new JsonApiError(ApiError.invalid(key, value, key + " " + message), List.of(new Violation(key, value, message)));
  }

  public String detail() {
    return detail;
  }

  public List<Violation> violations() {
    return violations;
  }
}

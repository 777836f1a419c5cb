package org.folio.access.eholdings.settings.common;

import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.platform.errors.JsonApiError;

/** The error titles of the eholdings settings endpoints, as ui-eholdings expects them. */
public final class SettingsErrors {
  private SettingsErrors() {}

  /** 400 for a path id that is not a UUID. */
  public static JsonApiError badId(String value) {
    return new JsonApiError(400, "Invalid id '" + value + "'", null);
  }

  /** 422 "Invalid field" with a detail saying which rule the field breaks. */
  public static JsonApiError invalid(String field, String detail) {
    return FieldRules.invalid(field, detail);
  }

  public static JsonApiError knowledgeBaseNotFound(Object id) {
    return new JsonApiError(404, "KB Credentials not found by id: " + id, null);
  }

  public static JsonApiError refused(String title, String detail) {
    return new JsonApiError(422, title, detail);
  }
}

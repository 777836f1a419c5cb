package org.folio.access.eholdings.uc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.UcCredentialsAttributes;
import org.folio.access.rest.model.UcSettingsAttributes;

/**
 * What usage consolidation settings may be. A POST needs customerKey, startMonth, currency and platformType
 * (a missing one "must not be null", named by its JSON path); a PATCH changes what it sends. Blank key or
 * currency: 422; a month, platform or metric type off its list: 400.
 */
final class UcRules {
  static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  static final List<String> PLATFORM_TYPES = List.of("publisher", "nonPublisher", "all");
  static final List<String> METRIC_TYPES = List.of("Total", "Unique");
  static final int KEY_MAX = 500;
  static final int CURRENCY_MAX = 10;
  private static final String ATTRIBUTES = "data.attributes.";

  private UcRules() {}

  /** The fields a POST or PATCH sets, checked; a null key keeps the stored one. */
  record Change(String customerKey, Map<String, String> fields) {
    String field(String name) {
      return fields.get(name);
    }
  }

  static Change forCreation(UcSettingsAttributes a) {
    required("customerKey", a.getCustomerKey());
    required("startMonth", a.getStartMonth());
    required("currency", a.getCurrency());
    required("platformType", a.getPlatformType());
    return change(a);
  }

  static Change forPatch(UcSettingsAttributes a) {
    return change(a);
  }

  static UcCredentials credentials(UcCredentialsAttributes a) {
    return new UcCredentials(notBlankCredential("clientId", a.getClientId()), notBlankCredential("clientSecret", a.getClientSecret()));
  }

  private static Change change(UcSettingsAttributes a) {
    String key = a.getCustomerKey();
    if (key != null) {
      FieldRules.notEmpty("customerKey", key);
      FieldRules.maxLength("customerKey", key, KEY_MAX);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    putIfSent(fields, "startMonth", oneOf("startMonth", a.getStartMonth(), MONTHS));
    putIfSent(fields, "currency", a.getCurrency() == null ? null : FieldRules.required("currency", a.getCurrency(), CURRENCY_MAX));
    putIfSent(fields, "platformType", oneOf("platformType", a.getPlatformType(), PLATFORM_TYPES));
    putIfSent(fields, "metricType", oneOf("metricType", a.getMetricType(), METRIC_TYPES));
    return new Change(key, fields);
  }

  private static void required(String field, String value) {
    if (value == null) {
      throw JsonApiError.violation(ATTRIBUTES + field, "null", "must not be null");
    }
  }

  private static String oneOf(String field, String value, List<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      throw new JsonApiError(400, "Invalid " + field, field + " must be one of " + String.join(", ", allowed));
    }
    return value;
  }

  private static String notBlankCredential(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new JsonApiError(422, "Invalid Usage Consolidation Credentials", field + " must not be blank");
    }
    return value;
  }

  private static void putIfSent(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}

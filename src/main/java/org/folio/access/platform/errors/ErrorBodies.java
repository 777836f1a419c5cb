package org.folio.access.platform.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The two error dialects of the module: FOLIO errors everywhere, JSON:API errors under /eholdings. */
public final class ErrorBodies {
  public static final String JSON_API = "application/vnd.api+json";
  public static final String JSON = "application/json";

  private ErrorBodies() {}

  public static boolean speaksJsonApi(String path) {
    return path.startsWith("/eholdings");
  }

  /** {"errors":[{"message","code","parameters":[{"key","value"}]}]} */
  public static Map<String, Object> folio(ApiError error) {
    if (error instanceof InvalidFields fields) {
      List<Map<String, Object>> all = fields.problems().stream()
          .map(p -> folioOne(p.message(), error.code(), List.of(new ApiError.ErrorParameter(p.field(), p.value())))).toList();
      return Map.of("errors", all, "total_records", all.size());
    }
    return Map.of("errors", List.of(folioOne(error.getMessage(), error.code(), error.parameters())), "total_records", 1);
  }

  private static Map<String, Object> folioOne(String message, String code, List<ApiError.ErrorParameter> parameters) {
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("message", Echo.cut(message, Echo.MESSAGE_LIMIT));
    one.put("code", code);
    if (!parameters.isEmpty()) {
      one.put("parameters", parameters.stream().map(p -> parameter(p.key(), p.value())).toList());
    }
    return one;
  }

  /**
   * {"errors":[{"title","detail"?,"source"?}],"jsonapi":{"version":"1.0"}}; the title is what the UI shows.
   * An invalid body gives one error per field, adding the bean-validation "message" and "parameters".
   */
  public static Map<String, Object> jsonApi(ApiError error) {
    if (error instanceof JsonApiError j && !j.violations().isEmpty()) {
      return violations(j.violations());
    }
    if (error instanceof InvalidFields fields) {
      return violations(fields.violations());
    }
    Map<String, Object> one = new LinkedHashMap<>();
    if ("VALIDATION_ERROR".equals(error.code()) && !error.parameters().isEmpty()) {
      one.put("title", "Invalid " + error.parameters().get(0).key());
      one.put("detail", Echo.cut(error.getMessage(), Echo.MESSAGE_LIMIT));
    } else {
      one.put("title", Echo.cut(error.getMessage(), Echo.MESSAGE_LIMIT));
    }
    if (error instanceof JsonApiError j && j.detail() != null) {
      one.put("detail", Echo.cut(j.detail(), Echo.MESSAGE_LIMIT));
    }
    if (!error.parameters().isEmpty()) {
      one.put("source", Map.of("parameter", error.parameters().get(0).key()));
    }
    return Map.of("errors", List.of(one), "jsonapi", Map.of("version", "1.0"));
  }

  private static Map<String, Object> violations(List<JsonApiError.Violation> all) {
    return Map.of("errors", all.stream().map(ErrorBodies::violation).toList(), "jsonapi", Map.of("version", "1.0"));
  }

  private static Map<String, Object> violation(JsonApiError.Violation v) {
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("title", "Invalid " + v.key());
    one.put("detail", v.key() + " " + v.message());
    one.put("message", v.message());
    one.put("parameters", List.of(parameter(v.key(), v.value())));
    one.put("source", Map.of("pointer", "/" + v.key().replace('.', '/').replace("[", "/").replace("]", "")));
    return one;
  }

  private static Map<String, Object> parameter(String key, String value) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("key", key);
    p.put("value", Echo.cut(value, Echo.VALUE_LIMIT));
    return p;
  }
}

package org.folio.access.platform.http;

import io.vertx.core.MultiMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.folio.access.platform.errors.ApiError;

/** A typed query parameter as the RAML declares it; reading a bad value is a 400 that names the parameter. */
public final class QueryParam<T> {
  private final String name;
  private final Function<MultiMap, T> reader;

  private QueryParam(String name, Function<MultiMap, T> reader) {
    this.name = name;
    this.reader = reader;
  }

  public String name() {
    return name;
  }

  public T read(MultiMap params) {
    return reader.apply(params);
  }

  public static QueryParam<String> string(String name, String defaultValue, boolean required, List<String> allowed) {
    return single(name, defaultValue, required, value -> {
      if (!allowed.isEmpty() && !allowed.contains(value)) {
        throw incorrect(name, value, "must be one of " + allowed);
      }
      return value;
    });
  }

  public static QueryParam<Long> integer(String name, String defaultValue, boolean required, Long min, Long max) {
    return single(name, defaultValue, required, value -> {
      long n;
      try {
        n = Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw incorrect(name, value, "must be an integer");
      }
      if (min != null && n < min) {
        throw incorrect(name, value, "must be greater than or equal to " + min);
      }
      if (max != null && n > max) {
        throw incorrect(name, value, "must be less than or equal to " + max);
      }
      return n;
    });
  }

  public static QueryParam<BigDecimal> number(String name, String defaultValue, boolean required) {
    return single(name, defaultValue, required, value -> {
      try {
        return new BigDecimal(value.trim());
      } catch (NumberFormatException e) {
        throw incorrect(name, value, "must be a number");
      }
    });
  }

  public static QueryParam<Boolean> bool(String name, String defaultValue, boolean required) {
    return single(name, defaultValue, required, value -> switch (value) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw incorrect(name, value, "must be true or false");
    });
  }

  /** A repeatable parameter: every occurrence of the key, in order. */
  public static QueryParam<List<String>> strings(String name, boolean required, List<String> allowed) {
    return new QueryParam<>(name, params -> {
      List<String> values = params.getAll(name);
      if (required && values.isEmpty()) {
        throw incorrect(name, null, "must not be null");
      }
      values.stream().filter(v -> !allowed.isEmpty() && !allowed.contains(v)).findFirst()
          .ifPresent(v -> { throw incorrect(name, v, "must be one of " + allowed); });
      return List.copyOf(values);
    });
  }

  private static <T> QueryParam<T> single(String name, String defaultValue, boolean required, Function<String, T> parse) {
    return new QueryParam<>(name, params -> {
      String value = params.get(name);
      if (value == null) {
        if (required) {
          throw incorrect(name, null, "must not be null");
        }
        return defaultValue == null ? null : parse.apply(defaultValue);
      }
      return parse.apply(value);
    });
  }

  public static ApiError incorrect(String name, String value, String rule) {
    return ApiError.badRequest("INVALID_PARAMETER",
        "'" + name + "' parameter is incorrect. parameter value {" + value + "} is not valid: " + rule, name, value);
  }
}

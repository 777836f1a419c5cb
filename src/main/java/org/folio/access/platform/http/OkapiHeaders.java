package org.folio.access.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.MultiMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.json.Json;

/** Reads the X-Okapi headers; a missing or malformed tenant is a 400. */
public final class OkapiHeaders {
  public static final String TENANT = "X-Okapi-Tenant";
  public static final String TOKEN = "X-Okapi-Token";
  public static final String URL = "X-Okapi-Url";
  public static final String USER_ID = "X-Okapi-User-Id";
  public static final String REQUEST_ID = "X-Okapi-Request-Id";
  public static final String PERMISSIONS = "X-Okapi-Permissions";
  private static final Pattern TENANT_ID = Pattern.compile("^[a-z][a-z0-9]{0,30}$");
  private static final Pattern UUID_TEXT = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private OkapiHeaders() {}

  public static OkapiContext read(MultiMap headers) {
    return read(headers, true);
  }

  /** As read; without tenantRequired a missing tenant is null (a present one must still be valid). */
  public static OkapiContext read(MultiMap headers, boolean tenantRequired) {
    String header = headers.get(TENANT);
    String tenant = tenantRequired || header != null ? tenant(header) : null;
    String token = headers.get(TOKEN);
    String claimed = token == null ? null : userIdClaim(token);
    String userId = headers.get(USER_ID);
    if (userId == null) {
      userId = claimed;
    }
    String requestId = headers.get(REQUEST_ID);
    return new OkapiContext(tenant, userId, token, headers.get(URL),
        requestId == null ? UUID.randomUUID().toString() : requestId, permissions(headers.get(PERMISSIONS)));
  }

  public static String tenant(String value) {
    if (value == null || value.isEmpty()) {
      throw ApiError.badRequest("MISSING_TENANT", "Missing header " + TENANT, TENANT, null);
    }
    if (!TENANT_ID.matcher(value).matches()) {
      throw ApiError.badRequest("INVALID_TENANT", "Invalid " + TENANT + ": must match " + TENANT_ID.pattern(), TENANT,
          value.replaceAll("\\p{Cntrl}", "?"));
    }
    return value;
  }

  /**
   * The user_id claim of a JWT's payload (null when it has none); the gateway has checked the signature already.
   * A token that is not a JWT is a 401 naming X-Okapi-Token, a user_id claim that is not a UUID a 400 naming it:
   * the token itself is never repeated back.
   */
  static String userIdClaim(String token) {
    String[] parts = token.split("\\.", -1);
    JsonNode claims = null;
    if (parts.length == 3) {
      try {
        claims = Json.mapper().readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException | java.io.IOException e) {
        claims = null;
      }
    }
    if (claims == null || !claims.isObject()) {
      throw new ApiError(401, "INVALID_TOKEN", TOKEN + " is not a JSON Web Token with a JSON payload",
          List.of(new ApiError.ErrorParameter(TOKEN, null)));
    }
    JsonNode userId = claims.get("user_id");
    if (userId == null || userId.isNull()) {
      return null;
    }
    if (!userId.isTextual() || !UUID_TEXT.matcher(userId.asText()).matches()) {
      throw ApiError.badRequest("INVALID_TOKEN", "The user_id claim of " + TOKEN + " must be a UUID", TOKEN,
          userId.isTextual() ? userId.asText() : userId.toString());
    }
    return userId.asText();
  }

  static Set<String> permissions(String header) {
    if (header == null || header.isBlank()) {
      return Set.of();
    }
    try {
      JsonNode array = Json.mapper().readTree(header);
      if (array.isArray()) {
        Set<String> set = new HashSet<>();
        array.forEach(p -> set.add(p.asText()));
        return Set.copyOf(set);
      }
    } catch (java.io.IOException e) {
      // answered below
    }
    throw ApiError.badRequest("INVALID_PERMISSIONS", PERMISSIONS + " must be a JSON array of strings", PERMISSIONS, header);
  }
}

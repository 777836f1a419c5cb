package org.folio.access.eholdings.common.ids;

import org.folio.access.platform.errors.JsonApiError;

/** Parses the ids of the eholdings interface; a bad id is a 400 with the interface's titles. */
public final class RecordIds {
  private RecordIds() {}

  public static long provider(String id) {
    return number(id).orElseThrow(() -> badRequest("Provider id is invalid - " + id));
  }

  public static long title(String id) {
    return number(id).orElseThrow(() -> badRequest("Title id is invalid - " + id));
  }

  public static PackageKey pkg(String id) {
    String[] parts = id == null ? new String[0] : id.split("-", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw badRequest("Package and provider id are required");
    }
    long provider = number(parts[0]).orElseThrow(() -> badRequest("Package or provider id are invalid"));
    long pkg = number(parts[1]).orElseThrow(() -> badRequest("Package or provider id are invalid"));
    return new PackageKey(provider, pkg);
  }

  public static ResourceKey resource(String id) {
    String[] parts = id == null ? new String[0] : id.split("-", -1);
    if (parts.length != 3) {
      throw badRequest("Resource id is invalid - " + id);
    }
    long[] numbers = new long[3];
    for (int i = 0; i < 3; i++) {
      numbers[i] = number(parts[i]).orElseThrow(() -> badRequest("Resource id is invalid - " + id));
    }
    return new ResourceKey(numbers[0], numbers[1], numbers[2]);
  }

  /** A positive decimal number that fits a bigint, or empty. */
  public static java.util.OptionalLong number(String text) {
    if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
      return java.util.OptionalLong.empty();
    }
    return java.util.OptionalLong.of(Long.parseLong(text));
  }

  private static JsonApiError badRequest(String title) {
    return new JsonApiError(400, title, null);
  }
}

package org.folio.access.eholdings.settings.common;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Record ids of the settings endpoints are UUIDs; anything else in a path is a 400. */
public final class Ids {
  private static final Pattern UUID_FORM =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private Ids() {}

  /** The UUID in a path parameter; throws the 400 the interface answers for a malformed id. */
  public static UUID fromPath(String value) {
    return parse(value).orElseThrow(() -> SettingsErrors.badId(value));
  }

  /** The UUID a text holds, if it holds one. */
  public static Optional<UUID> parse(String value) {
    return value != null && UUID_FORM.matcher(value).matches() ? Optional.of(UUID.fromString(value)) : Optional.empty();
  }
}

package org.folio.access.eholdings.common.jsonapi;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The related records a client asked for with include=a,b; unknown names are ignored. */
public record Includes(Set<String> names) {
  public static final Includes NONE = new Includes(Set.of());

  public static Includes parse(String include) {
    if (include == null || include.isBlank()) {
      return NONE;
    }
    return new Includes(Arrays.stream(include.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet()));
  }

  public boolean has(String name) {
    return names.contains(name);
  }
}

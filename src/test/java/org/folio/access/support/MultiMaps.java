package org.folio.access.support;

import io.vertx.core.MultiMap;

/** Headers or query parameters for unit tests, from name/value pairs. */
public final class MultiMaps {
  private MultiMaps() {}

  public static MultiMap of(String... pairs) {
    MultiMap map = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < pairs.length; i += 2) {
      map.add(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}

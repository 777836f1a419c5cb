package org.folio.access.circulation.lendables;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The lending sources by type; a lendable's source.type picks one (the schema allows only known types). */
public final class LendingSources {
  private final Map<String, LendingSource> byType;

  public LendingSources(List<LendingSource> sources) {
    this.byType = sources.stream().collect(Collectors.toUnmodifiableMap(LendingSource::type, Function.identity()));
  }

  public LendingSource of(Lendable lendable) {
    LendingSource source = byType.get(lendable.sourceType());
    if (source == null) {
      throw new IllegalStateException("No lending source of type " + lendable.sourceType());
    }
    return source;
  }
}

package org.folio.access.ill.consortium.exchange;

import java.util.List;

/** A FindItem search: by identifiers (any matches) when there are any, else by words (all must match). */
public record FindQuery(List<String> identifiers, List<String> words) {
  public boolean byIdentifiers() {
    return !identifiers.isEmpty();
  }

  public boolean empty() {
    return identifiers.isEmpty() && words.isEmpty();
  }
}

package org.folio.access.ill.consortium.exchange;

import io.vertx.core.json.JsonArray;
import java.util.List;

/**
 * What FindItem found in the other members' published holdings: members that can lend an available copy (rota
 * order), members that hold it but cannot lend it now, whether the caller publishes a copy itself, how many holdings
 * of others matched and the first of them (holding documents).
 */
public record FindAnswer(List<String> lenders, List<String> onSiteOnly, boolean availableLocally, int total, JsonArray holdings) {
  public boolean requestable() {
    return !lenders.isEmpty();
  }
}

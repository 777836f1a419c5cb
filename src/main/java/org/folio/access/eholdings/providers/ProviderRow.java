package org.folio.access.eholdings.providers;

import io.vertx.core.json.JsonObject;

/** A provider as stored, with its package counts. */
public record ProviderRow(long id, String name, boolean own, String proxyId, JsonObject doc,
    long packagesTotal, long packagesSelected) {

  public String recordId() {
    return String.valueOf(id);
  }
}

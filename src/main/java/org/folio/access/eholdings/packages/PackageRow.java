package org.folio.access.eholdings.packages;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.folio.access.eholdings.common.ids.PackageKey;

/** A package as stored, with its provider's name and proxy. */
public record PackageRow(long id, long providerId, String providerName, String providerProxyId, String name,
    String contentType, boolean custom, boolean selected, boolean hidden, long titleCount, long selectedCount,
    String proxyId, UUID accessTypeId, JsonObject doc) {

  public PackageKey key() {
    return new PackageKey(providerId, id);
  }

  public String recordId() {
    return key().id();
  }
}

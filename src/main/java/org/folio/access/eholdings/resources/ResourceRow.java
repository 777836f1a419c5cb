package org.folio.access.eholdings.resources;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.folio.access.eholdings.common.ids.PackageKey;
import org.folio.access.eholdings.common.ids.ResourceKey;
import org.folio.access.eholdings.titles.TitleRow;

/** A resource as stored, with what it shows of its title, package and provider. */
public record ResourceRow(long packageId, long providerId, boolean selected, boolean hidden, String proxyId,
    UUID accessTypeId, JsonObject doc, TitleRow title, String packageName, String contentType, boolean packageCustom,
    String packageProxyId, JsonObject packageCoverage, String providerName, String providerProxyId) {

  public ResourceKey key() {
    return new ResourceKey(providerId, packageId, title.id());
  }

  public PackageKey packageKey() {
    return new PackageKey(providerId, packageId);
  }

  public String recordId() {
    return key().id();
  }
}

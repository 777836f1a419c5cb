package org.folio.access.eholdings.packages;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** The state a package is written with: columns and the JSONB document. */
public record PackageChange(String name, String contentType, boolean selected, boolean hidden, String proxyId,
    UUID accessTypeId, JsonObject doc) {

  public static PackageChange of(PackageRow row) {
    return new PackageChange(row.name(), row.contentType(), row.selected(), row.hidden(), row.proxyId(),
        row.accessTypeId(), row.doc().copy());
  }

  public PackageChange withName(String value) {
    return new PackageChange(value, contentType, selected, hidden, proxyId, accessTypeId, doc);
  }

  public PackageChange withContentType(String value) {
    return new PackageChange(name, value, selected, hidden, proxyId, accessTypeId, doc);
  }

  public PackageChange withSelected(boolean value) {
    return new PackageChange(name, contentType, value, hidden, proxyId, accessTypeId, doc);
  }

  public PackageChange withHidden(boolean value) {
    return new PackageChange(name, contentType, selected, value, proxyId, accessTypeId, doc);
  }

  public PackageChange withProxyId(String value) {
    return new PackageChange(name, contentType, selected, hidden, value, accessTypeId, doc);
  }

  public PackageChange withAccessTypeId(UUID value) {
    return new PackageChange(name, contentType, selected, hidden, proxyId, value, doc);
  }
}

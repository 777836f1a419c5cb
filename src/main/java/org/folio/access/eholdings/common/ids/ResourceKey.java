package org.folio.access.eholdings.common.ids;

/** A resource's id as the interface shows it: providerId-packageId-titleId. */
public record ResourceKey(long providerId, long packageId, long titleId) {
  public String id() {
    return providerId + "-" + packageId + "-" + titleId;
  }

  public PackageKey packageKey() {
    return new PackageKey(providerId, packageId);
  }
}

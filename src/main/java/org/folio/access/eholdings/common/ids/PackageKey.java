package org.folio.access.eholdings.common.ids;

/** A package's id as the interface shows it: providerId-packageId. */
public record PackageKey(long providerId, long packageId) {
  public String id() {
    return providerId + "-" + packageId;
  }
}

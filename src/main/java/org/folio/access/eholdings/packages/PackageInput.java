package org.folio.access.eholdings.packages;

import java.util.List;
import java.util.Optional;
import org.folio.access.eholdings.common.rules.Coverage;
import org.folio.access.rest.model.PackagePutAttributes;

/**
 * A package request read and checked: null means "not given, leave as is"; customCoverage is empty when
 * given without dates (clear it); altNames is an empty list when given empty (clear them).
 */
public record PackageInput(PackagePutAttributes attributes, Optional<Coverage> customCoverage, List<String> altNames) {

  public boolean coverageGiven() {
    return attributes.getCustomCoverage() != null;
  }

  /** Hidden as the 4.0 form (visibilityData.isHidden) says, else as any 5.0 category says, else null. */
  public Boolean hidden() {
    if (attributes.getVisibilityData() != null && attributes.getVisibilityData().getIsHidden() != null) {
      return attributes.getVisibilityData().getIsHidden();
    }
    if (attributes.getVisibility() != null && !attributes.getVisibility().isEmpty()) {
      return attributes.getVisibility().stream().anyMatch(v -> Boolean.TRUE.equals(v.getHidden()));
    }
    return null;
  }

  public String visibilityReason() {
    if (attributes.getVisibilityData() != null && attributes.getVisibilityData().getReason() != null) {
      return attributes.getVisibilityData().getReason();
    }
    return attributes.getVisibility() == null ? null : attributes.getVisibility().stream()
        .map(v -> v.getReason()).filter(r -> r != null && !r.isEmpty()).findFirst().orElse(null);
  }

  public String requestedProxy() {
    String id = attributes.getProxy() == null ? null : attributes.getProxy().getId();
    return id == null || id.isBlank() ? null : id;
  }

  /** Customisations a managed package may carry only while selected (its proxy apart: checked against the inherited one). */
  public boolean customises() {
    return customCoverage.isPresent()
        || Boolean.TRUE.equals(hidden())
        || Boolean.TRUE.equals(attributes.getAllowKbToAddTitles())
        || notBlank(attributes.getAccessTypeId())
        || attributes.getPackageToken() != null && notBlank(attributes.getPackageToken().getValue())
        || altNames != null && !altNames.isEmpty()
        || notBlank(attributes.getCustomDisplayName())
        || notBlank(attributes.getCustomDescription());
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}

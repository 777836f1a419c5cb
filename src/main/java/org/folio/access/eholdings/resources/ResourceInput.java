package org.folio.access.eholdings.resources;

import java.util.List;
import java.util.Map;
import org.folio.access.eholdings.common.rules.Coverage;

/**
 * A resource PUT read and checked. A PUT gives the resource's whole customisation: what it leaves out is
 * cleared (the url of a custom title apart, which stays when not given).
 */
public record ResourceInput(boolean selected, List<Coverage> customCoverages, String embargoUnit, int embargoValue,
    String coverageStatement, boolean hidden, String url, String requestedProxy, String accessTypeId,
    Map<String, String> userDefinedFields) {

  /**
   * The input without its coverage statement when that is the managed statement the resource shows while the
   * library has none (the UI sends back what it was shown): that is no customisation.
   */
  public ResourceInput withoutShownStatement(String shownManaged) {
    if (coverageStatement == null || !coverageStatement.equals(shownManaged)) {
      return this;
    }
    return new ResourceInput(selected, customCoverages, embargoUnit, embargoValue, null, hidden, url, requestedProxy,
        accessTypeId, userDefinedFields);
  }

  /** Customisations a managed resource may carry only while selected (its proxy apart: checked against the inherited one). */
  public boolean customises() {
    return !customCoverages.isEmpty() || embargoValue > 0 || coverageStatement != null || hidden
        || accessTypeId != null && !accessTypeId.isBlank() || !userDefinedFields.isEmpty();
  }
}

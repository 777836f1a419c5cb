package org.folio.access.circulation.lendables;

import java.util.List;
import org.folio.access.rest.model.EcontentFormat;

/**
 * A lendable as the lending rules see it. copiesInUse counts open loans and reserved copies of a limited
 * licence; licenceEnded is true once the licence has expired or a metered licence has no checkouts left.
 */
public record Lendable(String resourceId, String licenseModel, int copies, int copiesInUse, Integer checkoutsRemaining,
    boolean licenceEnded, String mediaType, List<EcontentFormat> formats, String sourceType) {

  public boolean unlimited() {
    return "unlimited".equals(licenseModel);
  }

  public boolean metered() {
    return "metered".equals(licenseModel);
  }

  /** Copies free now (an unlimited licence always has one). */
  public int copiesFree() {
    return unlimited() ? Math.max(copies, 1) : Math.max(copies - copiesInUse, 0);
  }

  public boolean hasFreeCopy() {
    return unlimited() || copiesInUse < copies;
  }
}

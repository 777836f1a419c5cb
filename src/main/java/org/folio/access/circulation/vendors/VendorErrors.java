package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.circulation.CirculationErrors;
import org.folio.access.connectors.common.UpstreamFailure;
import org.folio.access.connectors.oneclick.OneClickRefusal;
import org.folio.access.platform.errors.ApiError;

/**
 * A vendor's refusal or failure as our callers see it: the circulation codes where the meaning is ours
 * (limits, already lent or on hold, no copy), VENDOR_* codes for what only a vendor does. The vendor's body
 * never goes into the answer; it is logged at debug level only.
 */
public final class VendorErrors {
  static final int RETRY_AFTER_UNAVAILABLE = 30;
  static final int RETRY_AFTER_TIMEOUT = 10;
  private static final Logger LOG = LogManager.getLogger(VendorErrors.class);

  private VendorErrors() {}

  /** Turns a failed vendor call into our answer; anything that is not a vendor failure passes as it is. */
  public static <T> Future<T> answer(Throwable failure, VendorAccount account, String resourceId) {
    if (!(failure instanceof UpstreamFailure upstream)) {
      return Future.failedFuture(failure);
    }
    OneClickRefusal refusal = OneClickRefusal.of(upstream);
    LOG.warn("Vendor account {} refused or failed: {} (HTTP {}, {})", account.id(), refusal, upstream.status(), upstream.kind());
    LOG.debug("Vendor account {} answered: {}", account.id(), upstream.body());
    return Future.failedFuture(of(refusal, resourceId));
  }

  static ApiError of(OneClickRefusal refusal, String resourceId) {
    return switch (refusal) {
      case LOAN_LIMIT_REACHED -> ApiError.refused("PATRON_LOAN_LIMIT_REACHED",
          "The patron has as many loans as the vendor allows");
      case HOLD_LIMIT_REACHED -> ApiError.refused("PATRON_HOLD_LIMIT_REACHED",
          "The patron has as many holds as the vendor allows");
      case ALREADY_CHECKED_OUT -> CirculationErrors.alreadyCheckedOut(resourceId);
      case ALREADY_ON_HOLD -> CirculationErrors.alreadyOnHold(resourceId);
      case NOT_AVAILABLE -> new ApiError(409, "NO_AVAILABLE_COPIES",
          "The vendor has no copy of " + resourceId + " free now; a hold can be placed (POST /econtent/holds)",
          List.of(new ApiError.ErrorParameter("holdable", "true")));
      case NOT_CHECKED_OUT -> ApiError.conflict("LOAN_NOT_OPEN", "The vendor no longer lends " + resourceId + " to the patron");
      case NOT_ON_HOLD -> ApiError.conflict("HOLD_NOT_ACTIVE", "The vendor holds no hold on " + resourceId + " for the patron");
      case TITLE_NOT_FOUND -> new ApiError(422, "VENDOR_TITLE_NOT_FOUND", "The vendor does not know the title of " + resourceId,
          List.of(new ApiError.ErrorParameter("resourceId", resourceId)));
      case PATRON_NOT_FOUND -> ApiError.refused("VENDOR_PATRON_UNKNOWN", "The vendor does not know the patron");
      case AUTH_FAILED -> ApiError.upstream("VENDOR_AUTH_FAILED", "The vendor refused the account's token");
      case UNAVAILABLE -> ApiError.unavailable("VENDOR_UNAVAILABLE", "The vendor is not answering; try again later",
          RETRY_AFTER_UNAVAILABLE);
      case TIMED_OUT -> ApiError.timedOut("VENDOR_UNAVAILABLE", "The vendor did not answer in time; try again later",
          RETRY_AFTER_TIMEOUT);
      case OTHER -> ApiError.upstream("VENDOR_ERROR", "The vendor answered something the module cannot use");
    };
  }
}

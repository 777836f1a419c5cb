package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.folio.access.circulation.lendables.Lendable;
import org.folio.access.connectors.oneclick.OneClickClient;
import org.folio.access.connectors.oneclick.OneClickModel.Checkout;
import org.folio.access.connectors.oneclick.OneClickModel.Link;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.EcontentFulfillment;

/**
 * Content of a vendor loan: the vendor's checkout names a fulfilment URL, which gives a time-limited link
 * (about 15 minutes). E-books are Adobe DRM (the link gets an ACSM); DRM-free audiobooks have a zip download
 * link on the checkout itself; other audiobooks stream under the vendor's DRM. A link is kept for a little
 * less than its life (a tenth of it, at least 30 s, less), per loan, in this instance.
 */
public final class VendorFulfilment {
  static final Duration MIN_MARGIN = Duration.ofSeconds(30);
  private static final Duration ZIP_LINK_LIFE = Duration.ofMinutes(15);
  private final OneClickClient vendor;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(EcontentFulfillment answer, Instant until) {}

  public VendorFulfilment(OneClickClient vendor) {
    this.vendor = vendor;
  }

  Future<EcontentFulfillment> link(VendorRelay.Call call, Lendable lendable, UUID loanId) {
    String key = call.account().tenant() + ":" + loanId;
    Cached cached = cache.get(key);
    if (cached != null && Instant.now().isBefore(cached.until())) {
      return Future.succeededFuture(cached.answer());
    }
    return vendor.checkouts(call.account().oneClick(), call.vendorPatronId())
        .recover(e -> VendorErrors.answer(e, call.account(), lendable.resourceId()))
        .compose(checkouts -> checkouts.stream().filter(c -> call.target().itemId().equals(c.isbn())).findFirst()
            .map(checkout -> fetch(call, lendable, checkout))
            .orElseGet(() -> Future.failedFuture(ApiError.conflict("LOAN_NOT_OPEN",
                "The vendor no longer lends " + lendable.resourceId() + " to the patron"))))
        .map(answer -> {
          cache.put(key, new Cached(answer, keepUntil(Instant.parse(answer.getExpiresAt()))));
          return answer;
        });
  }

  /** Forgets a loan's link (its loan ended). */
  void forget(String tenant, UUID loanId) {
    cache.remove(tenant + ":" + loanId);
  }

  private Future<EcontentFulfillment> fetch(VendorRelay.Call call, Lendable lendable, Checkout checkout) {
    boolean audio = "eaudio".equals(lendable.mediaType());
    if (audio && checkout.downloadUrl() != null && !Boolean.TRUE.equals(checkout.hasDrm())) {
      return Future.succeededFuture(answer(new Link(checkout.downloadUrl(), Instant.now().plus(ZIP_LINK_LIFE)), "zip",
          EcontentFulfillment.Drm.NONE));
    }
    if (checkout.fulfillmentUrl() == null) {
      return Future.failedFuture(ApiError.refused("NO_ACCESS_URL", "The vendor gives no fulfilment link for " + lendable.resourceId()));
    }
    return vendor.fulfil(call.account().oneClick(), checkout.fulfillmentUrl())
        .recover(e -> VendorErrors.answer(e, call.account(), lendable.resourceId()))
        .map(link -> audio ? answer(link, "mp3", EcontentFulfillment.Drm.VENDOR)
            : answer(link, "acsm", EcontentFulfillment.Drm.ADOBE_ACS));
  }

  private static EcontentFulfillment answer(Link link, String format, EcontentFulfillment.Drm drm) {
    return new EcontentFulfillment().withUrl(link.url()).withExpiresAt(link.expiresAt().toString())
        .withFormat(format).withDrm(drm);
  }

  /** A little less than the link's life: a tenth of what is left, at least MIN_MARGIN. */
  static Instant keepUntil(Instant expires) {
    Duration left = Duration.between(Instant.now(), expires);
    Duration margin = left.dividedBy(10).compareTo(MIN_MARGIN) > 0 ? left.dividedBy(10) : MIN_MARGIN;
    return expires.minus(margin);
  }
}

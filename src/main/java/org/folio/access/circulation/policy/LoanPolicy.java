package org.folio.access.circulation.policy;

import org.folio.access.rest.model.EcontentLoanPeriods;
import org.folio.access.rest.model.EcontentLoanPolicy;

/** The tenant's lending rules; the defaults apply until a policy is stored. */
public record LoanPolicy(EcontentLoanPolicy document) {

  public static LoanPolicy defaults() {
    return new LoanPolicy(new EcontentLoanPolicy()
        .withLoanPeriodDays(new EcontentLoanPeriods().withEbook(21).withEaudio(21).withEmagazine(7).withVideo(3))
        .withRenewalLimit(2)
        .withMaxOpenLoans(10)
        .withMaxWaitingHolds(10)
        .withHoldFulfillment(EcontentLoanPolicy.HoldFulfillment.AUTO_CHECKOUT)
        .withReservationHours(72)
        .withAnonymizeClosedAfterDays(0));
  }

  /** The loan period in days for a media type (ebook, eaudio, emagazine, video). */
  public int periodDays(String mediaType) {
    EcontentLoanPeriods p = document.getLoanPeriodDays();
    return switch (mediaType) {
      case "eaudio" -> p.getEaudio();
      case "emagazine" -> p.getEmagazine();
      case "video" -> p.getVideo();
      default -> p.getEbook();
    };
  }

  public int renewalLimit() {
    return document.getRenewalLimit();
  }

  public int maxOpenLoans() {
    return document.getMaxOpenLoans();
  }

  public int maxWaitingHolds() {
    return document.getMaxWaitingHolds();
  }

  /** Whether the first waiting patron gets a loan at once (else a reservation). */
  public boolean autoCheckout() {
    return document.getHoldFulfillment() == EcontentLoanPolicy.HoldFulfillment.AUTO_CHECKOUT;
  }

  /** Days closed loans, holds and group loans keep their patron; 0 (also when not stored) = anonymise at once. */
  public int anonymizeClosedAfterDays() {
    Integer days = document.getAnonymizeClosedAfterDays();
    return days == null ? 0 : days;
  }

  public int reservationHours() {
    return document.getReservationHours();
  }
}

package org.folio.access.circulation.vendors;

import java.util.UUID;
import org.folio.access.connectors.oneclick.OneClickAccount;

/** A stored vendor account as the relay uses it; toString leaves the token out. */
public record VendorAccount(UUID id, String tenant, String name, String baseUrl, String libraryId, String token,
    String verbosity, int ebookLoanDays, int eaudioLoanDays, Long packageId) {

  /** How the connector calls it; the breaker is per tenant and account. */
  public OneClickAccount oneClick() {
    return new OneClickAccount(tenant + ":" + id, baseUrl, libraryId, token, verbosity);
  }

  /** The loan days asked of the vendor for a media type. */
  public int loanDays(String mediaType) {
    return "eaudio".equals(mediaType) ? eaudioLoanDays : ebookLoanDays;
  }

  @Override
  public String toString() {
    return "VendorAccount[" + id + ", " + name + ", " + baseUrl + ", library " + libraryId + "]";
  }
}

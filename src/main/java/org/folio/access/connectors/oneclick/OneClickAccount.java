package org.folio.access.connectors.oneclick;

/**
 * What a call to one library's OneClick-style API needs: where ({baseUrl}/{libraryId}/...), the trusted
 * partner token (sent as Authorization: Basic; never logged), the Accept-Media verbosity, and the key of the
 * account's circuit breaker. toString leaves the token out.
 */
public record OneClickAccount(String breakerKey, String baseUrl, String libraryId, String token, String verbosity) {
  /** {baseUrl}/{libraryId}{path}, without a doubled slash. */
  String url(String path) {
    return baseUrl.replaceAll("/+$", "") + "/" + libraryId + path;
  }

  @Override
  public String toString() {
    return "OneClickAccount[" + breakerKey + ", " + baseUrl + ", library " + libraryId + "]";
  }
}

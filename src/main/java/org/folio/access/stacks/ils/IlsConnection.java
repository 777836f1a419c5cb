package org.folio.access.stacks.ils;

/** The tenant's ILS connection as stored. toString never shows the secret. */
public record IlsConnection(String kind, String baseUrl, String clientKey, String clientSecret, String patronFieldTag,
    boolean enabled) {
  @Override
  public String toString() {
    return "IlsConnection[" + kind + ", " + baseUrl + ", enabled=" + enabled + "]";
  }
}

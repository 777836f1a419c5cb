package org.folio.access.circulation.lendables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalLendingSourceTest {
  private static final String URL = "https://books.example.com/a b?x=1&y=2";

  @Test
  void theProxyMaskGetsTheEncodedAccessUrl() {
    assertEquals("https://ezproxy.example.org/login?url=https%3A%2F%2Fbooks.example.com%2Fa+b%3Fx%3D1%26y%3D2",
        LocalLendingSource.proxied(new EholdingsResources.AccessPoint(URL, "https://ezproxy.example.org/login?url={url}")));
  }

  @Test
  void withoutAProxyTheAccessUrlIsUsedAsItIs() {
    assertEquals(URL, LocalLendingSource.proxied(new EholdingsResources.AccessPoint(URL, "")));
    assertEquals(URL, LocalLendingSource.proxied(new EholdingsResources.AccessPoint(URL, null)));
  }
}

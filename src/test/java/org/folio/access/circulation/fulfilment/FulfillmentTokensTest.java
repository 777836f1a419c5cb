package org.folio.access.circulation.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FulfillmentTokensTest {
  private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final UUID LOAN = UUID.fromString("6f1c2a36-8d52-4c53-9d0a-3b1f4f2a7e10");

  @Test
  void aSignedTokenNamesTenantLoanAndEndAndVerifies() {
    String token = FulfillmentTokens.sign(new FulfillmentTokens.Claims("diku", LOAN, 1741000000L), SECRET);
    assertTrue(token.startsWith("diku." + LOAN + ".1741000000."), token);
    assertEquals(new FulfillmentTokens.Claims("diku", LOAN, 1741000000L), FulfillmentTokens.read(token));
    assertTrue(FulfillmentTokens.verify(token, SECRET));
  }

  @Test
  void anyChangeBreaksTheSignature() {
    String token = FulfillmentTokens.sign(new FulfillmentTokens.Claims("diku", LOAN, 1741000000L), SECRET);
    assertFalse(FulfillmentTokens.verify(token.replace(".1741000000.", ".1741000001."), SECRET));
    assertFalse(FulfillmentTokens.verify(token.replace("diku.", "dike."), SECRET));
    assertFalse(FulfillmentTokens.verify(token, "another secret of thirty-two b.".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void malformedTokensAreNotRead() {
    assertNull(FulfillmentTokens.read("diku." + LOAN + ".1741000000"));
    assertNull(FulfillmentTokens.read("Diku;drop." + LOAN + ".1741000000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    assertNull(FulfillmentTokens.read(null));
    assertFalse(FulfillmentTokens.verify("nonsense", SECRET));
  }
}

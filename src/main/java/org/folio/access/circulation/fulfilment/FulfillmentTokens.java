package org.folio.access.circulation.fulfilment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed fulfilment tokens: tenant.loanId.expiresEpochSecond.signature (a group loan's: tenant.g-groupLoanId...),
 * where the signature is the base64url HMAC-SHA256 of the first three parts under the tenant's secret. The tenant travels in clear
 * (the link is followed without gateway headers); nothing secret is in the token.
 */
public final class FulfillmentTokens {
  private static final Pattern FORM = Pattern.compile(
      "^([a-z][a-z0-9]{0,30})\\.(g-)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})$");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private FulfillmentTokens() {}

  /** What a token says, before (or after) its signature is checked; group: loanId is a group loan's id. */
  public record Claims(String tenant, UUID loanId, long expiresEpochSecond, boolean group) {
    public Claims(String tenant, UUID loanId, long expiresEpochSecond) {
      this(tenant, loanId, expiresEpochSecond, false);
    }

    String signed() {
      return tenant + "." + (group ? "g-" : "") + loanId + "." + expiresEpochSecond;
    }
  }

  public static String sign(Claims claims, byte[] secret) {
    return claims.signed() + "." + B64.encodeToString(hmac(claims.signed(), secret));
  }

  /** The claims of a well-formed token, unverified; null when it is not one. */
  public static Claims read(String token) {
    Matcher m = token == null ? null : FORM.matcher(token);
    if (m == null || !m.matches()) {
      return null;
    }
    return new Claims(m.group(1), UUID.fromString(m.group(3)), Long.parseLong(m.group(4)), m.group(2) != null);
  }

  /** Whether the token was signed with this secret (compared in constant time). */
  public static boolean verify(String token, byte[] secret) {
    Claims claims = read(token);
    if (claims == null) {
      return false;
    }
    byte[] expected = B64.encodeToString(hmac(claims.signed(), secret)).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token.substring(token.lastIndexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  private static byte[] hmac(String text, byte[] secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}

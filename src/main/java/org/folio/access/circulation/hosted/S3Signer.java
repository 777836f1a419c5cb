package org.folio.access.circulation.hosted;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for S3 requests, signed in the Authorization header: canonical request -> string to
 * sign -> key derived from the secret, the day, the region and "s3" -> signature. The secret stays inside.
 */
final class S3Signer {
  static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  static final String UNSIGNED = "UNSIGNED-PAYLOAD";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private final String accessKeyId;
  private final byte[] secret;
  private final String region;

  S3Signer(String accessKeyId, String secretAccessKey, String region) {
    this.accessKeyId = accessKeyId;
    this.secret = ("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8);
    this.region = region;
  }

  /** A request to sign: the path as sent (already encoded), its query parameters (unencoded) and headers. */
  record Request(String method, String encodedPath, Map<String, String> query, Map<String, String> headers, String payloadSha256) {}

  /**
   * The headers to send: the given ones with x-amz-date, x-amz-content-sha256 and Authorization. Every given header
   * is signed (host among them).
   */
  Map<String, String> sign(Request request, Instant now) {
    String stamp = STAMP.format(now);
    String day = stamp.substring(0, 8);
    Map<String, String> headers = new TreeMap<>();
    request.headers().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.trim()));
    headers.put("x-amz-date", stamp);
    headers.put("x-amz-content-sha256", request.payloadSha256());
    String signedHeaders = String.join(";", headers.keySet());
    String canonical = request.method() + "\n" + request.encodedPath() + "\n" + canonicalQuery(request.query()) + "\n"
        + headers.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue() + "\n").collect(Collectors.joining())
        + "\n" + signedHeaders + "\n" + request.payloadSha256();
    String scope = day + "/" + region + "/s3/aws4_request";
    String toSign = "AWS4-HMAC-SHA256\n" + stamp + "\n" + scope + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(hmac(hmac(hmac(secret, day), region), "s3"), "aws4_request");
    headers.put("authorization", "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + scope + ", SignedHeaders="
        + signedHeaders + ", Signature=" + hex(hmac(key, toSign)));
    return headers;
  }

  static String canonicalQuery(Map<String, String> query) {
    return new TreeMap<>(query).entrySet().stream().map(e -> encode(e.getKey(), true) + "=" + encode(e.getValue(), true))
        .collect(Collectors.joining("&"));
  }

  /** URI-encodes as S3 wants: unreserved characters kept, the rest %XX (upper case); '/' kept unless asked. */
  static String encode(String text, boolean slash) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~'
          || c == '/' && !slash) {
        out.append(c);
      } else {
        out.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
      }
    }
    return out.toString();
  }

  static byte[] sha256(byte[] bytes) {
    return ChunkedUpload.sha256().digest(bytes);
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  private static byte[] hmac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}

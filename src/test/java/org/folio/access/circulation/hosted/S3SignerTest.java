package org.folio.access.circulation.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signature V4 against the worked examples of the S3 documentation (its example keys, 24 May 2013). */
class S3SignerTest {
  private static final S3Signer SIGNER = new S3Signer("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1");
  private static final Instant WHEN = Instant.parse("2013-05-24T00:00:00Z");
  private static final String HOST = "examplebucket.s3.amazonaws.com";

  private static String signature(Map<String, String> headers) {
    String authorization = headers.get("authorization");
    return authorization.substring(authorization.indexOf("Signature=") + 10);
  }

  @Test
  void aRangedGetObjectIsSignedAsDocumented() {
    Map<String, String> signed = SIGNER.sign(new S3Signer.Request("GET", "/test.txt", Map.of(),
        Map.of("Host", HOST, "Range", "bytes=0-9"), S3Signer.EMPTY_SHA256), WHEN);
    assertEquals("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41", signature(signed));
    assertTrue(signed.get("authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
        + "aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "), signed.get("authorization"));
    assertEquals("20130524T000000Z", signed.get("x-amz-date"));
  }

  @Test
  void queryParametersAreSortedAndAnEmptyValueKeepsItsEqualsSign() {
    Map<String, String> lifecycle = SIGNER.sign(new S3Signer.Request("GET", "/", Map.of("lifecycle", ""), Map.of("Host", HOST),
        S3Signer.EMPTY_SHA256), WHEN);
    assertEquals("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543", signature(lifecycle));
    Map<String, String> list = SIGNER.sign(new S3Signer.Request("GET", "/", Map.of("prefix", "J", "max-keys", "2"),
        Map.of("Host", HOST), S3Signer.EMPTY_SHA256), WHEN);
    assertEquals("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7", signature(list));
  }

  @Test
  void keysAreEncodedOnceWithSlashesKeptInPaths() {
    assertEquals("diku/ab%20c%2B%C3%A9", S3Signer.encode("diku/ab c+é", false));
    assertEquals("a%2Fb", S3Signer.encode("a/b", true));
  }
}

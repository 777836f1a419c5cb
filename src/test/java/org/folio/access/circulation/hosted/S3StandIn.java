package org.folio.access.circulation.hosted;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.folio.access.platform.ContentStoreConfig;

/**
 * An S3-compatible stand-in for tests, answering as S3's API reference describes: PutObject, GetObject with Range
 * (206, Content-Range), DeleteObject (204 even when absent), CreateMultipartUpload, UploadPart (ETag),
 * CompleteMultipartUpload (EntityTooSmall for a part under 5 MB but the last), AbortMultipartUpload. Every request
 * must carry a Signature V4 Authorization header that verifies under the stand-in's key and a payload hash that
 * matches the body; otherwise 403 SignatureDoesNotMatch, and the problem is kept for the test to see. GetObject
 * bodies can be held back to an allowance, so a test can let a reader go exactly so far.
 */
final class S3StandIn {
  static final String BUCKET = "hosted-books";
  static final String REGION = "eu-central-1";
  static final String ACCESS_KEY = "AKIDSTANDIN0000001";
  private static final String SECRET = "stand-in/secret+key";
  private static final int MIN_PART = 5 * 1024 * 1024;
  private static final Pattern AUTH = Pattern.compile(
      "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/s3/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})");
  private static final Pattern PART = Pattern.compile("<Part><PartNumber>(\\d+)</PartNumber><ETag>([^<]+)</ETag></Part>");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  final Map<String, byte[]> objects = new ConcurrentHashMap<>();
  final Map<String, Map<Integer, byte[]>> uploads = new ConcurrentHashMap<>();
  /** Every key a request named, and every signature problem seen. */
  final Set<String> keysSeen = ConcurrentHashMap.newKeySet();
  final List<String> problems = new CopyOnWriteArrayList<>();
  final List<String> operations = new CopyOnWriteArrayList<>();
  private final S3Signer signer = new S3Signer(ACCESS_KEY, SECRET, REGION);
  private final Vertx vertx;
  private HttpServer server;
  private volatile long allowance = Long.MAX_VALUE;

  S3StandIn(Vertx vertx) {
    this.vertx = vertx;
  }

  S3StandIn start() {
    server = vertx.createHttpServer().requestHandler(request -> request.body()
        .onSuccess(body -> answer(request, body.getBytes()))).listen(0).await();
    return this;
  }

  void stop() {
    server.close().await();
  }

  /** The store settings that reach this stand-in, with parts of partMb. */
  ContentStoreConfig config(int partMb) {
    return ContentStoreConfig.s3(URI.create("http://localhost:" + server.actualPort()), REGION, BUCKET, ACCESS_KEY, SECRET, true, partMb);
  }

  /** GetObject bodies stop after this many bytes from here on (Long.MAX_VALUE: no limit). */
  void allowReading(long bytes) {
    allowance = bytes;
  }

  private void answer(HttpServerRequest request, byte[] body) {
    String problem = signatureProblem(request, body);
    if (problem != null) {
      problems.add(problem);
      error(request, 403, "SignatureDoesNotMatch");
      return;
    }
    String prefix = "/" + BUCKET + "/";
    if (!request.path().startsWith(prefix)) {
      error(request, 404, "NoSuchBucket");
      return;
    }
    String key = java.net.URLDecoder.decode(request.path().substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
    keysSeen.add(key);
    String uploadId = request.getParam("uploadId");
    String op = switch (request.method().name()) {
      case "PUT" -> uploadId != null ? uploadPart(request, key, uploadId, body) : putObject(request, key, body);
      case "POST" -> request.params().contains("uploads") ? create(request, key)
          : complete(request, key, uploadId, new String(body, StandardCharsets.UTF_8));
      case "DELETE" -> uploadId != null ? abort(request, uploadId) : deleteObject(request, key);
      case "GET" -> getObject(request, key);
      default -> "unsupported";
    };
    operations.add(op);
  }

  private String putObject(HttpServerRequest request, String key, byte[] body) {
    objects.put(key, body);
    request.response().putHeader("ETag", etag(body)).end();
    return "PutObject";
  }

  private String create(HttpServerRequest request, String key) {
    String id = UUID.randomUUID().toString();
    uploads.put(id, new ConcurrentHashMap<>());
    xml(request, 200, "<InitiateMultipartUploadResult><Bucket>" + BUCKET + "</Bucket><Key>" + key + "</Key><UploadId>" + id
        + "</UploadId></InitiateMultipartUploadResult>");
    return "CreateMultipartUpload";
  }

  private String uploadPart(HttpServerRequest request, String key, String uploadId, byte[] body) {
    Map<Integer, byte[]> parts = uploads.get(uploadId);
    if (parts == null) {
      error(request, 404, "NoSuchUpload");
    } else {
      parts.put(Integer.parseInt(request.getParam("partNumber")), body);
      request.response().putHeader("ETag", etag(body)).end();
    }
    return "UploadPart";
  }

  private String complete(HttpServerRequest request, String key, String uploadId, String xml) {
    Map<Integer, byte[]> parts = uploads.get(uploadId);
    if (parts == null) {
      error(request, 404, "NoSuchUpload");
      return "CompleteMultipartUpload";
    }
    Matcher m = PART.matcher(xml);
    List<byte[]> listed = new ArrayList<>();
    while (m.find()) {
      byte[] part = parts.get(Integer.parseInt(m.group(1)));
      if (part == null || !etag(part).equals(m.group(2))) {
        error(request, 400, "InvalidPart");
        return "CompleteMultipartUpload";
      }
      listed.add(part);
    }
    for (int i = 0; i < listed.size() - 1; i++) {
      if (listed.get(i).length < MIN_PART) {
        error(request, 400, "EntityTooSmall");
        return "CompleteMultipartUpload";
      }
    }
    Buffer whole = Buffer.buffer();
    listed.forEach(whole::appendBytes);
    objects.put(key, whole.getBytes());
    uploads.remove(uploadId);
    xml(request, 200, "<CompleteMultipartUploadResult><Bucket>" + BUCKET + "</Bucket><Key>" + key
        + "</Key></CompleteMultipartUploadResult>");
    return "CompleteMultipartUpload";
  }

  private String abort(HttpServerRequest request, String uploadId) {
    uploads.remove(uploadId);
    request.response().setStatusCode(204).end();
    return "AbortMultipartUpload";
  }

  private String deleteObject(HttpServerRequest request, String key) {
    objects.remove(key);
    request.response().setStatusCode(204).end();
    return "DeleteObject";
  }

  private String getObject(HttpServerRequest request, String key) {
    byte[] data = objects.get(key);
    if (data == null) {
      error(request, 404, "NoSuchKey");
      return "GetObject";
    }
    Matcher range = Pattern.compile("bytes=(\\d+)-(\\d+)").matcher(String.valueOf(request.getHeader("Range")));
    int from = 0;
    int to = data.length - 1;
    if (range.matches()) {
      from = Integer.parseInt(range.group(1));
      to = Math.min(data.length - 1, Integer.parseInt(range.group(2)));
      request.response().setStatusCode(206).putHeader("Content-Range", "bytes " + from + "-" + to + "/" + data.length);
    }
    request.response().putHeader("Content-Length", String.valueOf(to - from + 1)).putHeader("ETag", etag(data));
    sendAllowed(request, data, from, to + 1);
    return "GetObject";
  }

  /** Writes data[at, end) in slices of 64 KB, each only once the allowance covers it. */
  private void sendAllowed(HttpServerRequest request, byte[] data, int at, int end) {
    int slice = Math.min(64 * 1024, end - at);
    if (slice <= 0) {
      request.response().end();
    } else if (at + slice > allowance) {
      vertx.setTimer(20, x -> sendAllowed(request, data, at, end));
    } else {
      request.response().write(Buffer.buffer().appendBytes(data, at, slice))
          .onSuccess(x -> sendAllowed(request, data, at + slice, end));
    }
  }

  /** Why the request's signature does not verify, or null when it does. */
  private String signatureProblem(HttpServerRequest request, byte[] body) {
    String authorization = request.getHeader("Authorization");
    Matcher m = authorization == null ? null : AUTH.matcher(authorization);
    if (m == null || !m.matches()) {
      return "no Signature V4 Authorization header on " + request.method() + " " + request.path();
    }
    if (!ACCESS_KEY.equals(m.group(1)) || !REGION.equals(m.group(3))) {
      return "wrong credential scope " + m.group(1) + " " + m.group(3);
    }
    String payload = request.getHeader("x-amz-content-sha256");
    if (payload == null || !payload.equals(S3Signer.UNSIGNED) && !payload.equals(HexFormat.of().formatHex(sha256(body)))) {
      return "the payload hash does not match the body";
    }
    Map<String, String> headers = new TreeMap<>();
    for (String name : m.group(4).split(";")) {
      if (!name.equals("x-amz-date") && !name.equals("x-amz-content-sha256")) {
        headers.put(name, request.getHeader(name));
      }
    }
    Map<String, String> query = new HashMap<>();
    request.params().forEach(e -> query.put(e.getKey(), e.getValue()));
    Instant when = Instant.from(STAMP.parse(request.getHeader("x-amz-date")));
    String expected = signer.sign(new S3Signer.Request(request.method().name(), request.path(), query, headers, payload), when)
        .get("authorization");
    return expected.endsWith("Signature=" + m.group(5)) ? null : "signature does not verify on " + request.method() + " " + request.path();
  }

  private static void error(HttpServerRequest request, int status, String code) {
    xml(request, status, "<Error><Code>" + code + "</Code><Message>" + code + "</Message></Error>");
  }

  private static void xml(HttpServerRequest request, int status, String xml) {
    request.response().setStatusCode(status).putHeader("Content-Type", "application/xml").end(xml);
  }

  private static String etag(byte[] data) {
    try {
      return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data)) + "\"";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(byte[] data) {
    return S3Signer.sha256(data);
  }
}

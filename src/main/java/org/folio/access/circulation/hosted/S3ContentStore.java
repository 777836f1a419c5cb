package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.streams.WriteStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.folio.access.connectors.common.CallPolicy;
import org.folio.access.connectors.common.OutboundCalls;
import org.folio.access.connectors.common.UpstreamFailure;
import org.folio.access.platform.ContentStoreConfig;
import org.folio.access.platform.errors.ApiError;

/**
 * The content store in an S3-compatible bucket, under the key `{tenant}/{fileId}`, over plain HTTP requests signed
 * with AWS Signature V4. A file up to one part is one PutObject; a larger one a multipart upload of parts of
 * S3_PART_MB (at least 5 MB, the last smaller), so memory holds at most three parts. Ranges are S3 Range reads
 * streamed to the reader. Calls that carry no stream go through OutboundCalls (deadline, retries, breaker).
 */
public final class S3ContentStore implements ContentStore {
  private static final Pattern TENANT = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private static final CallPolicy CALLS = new CallPolicy(Duration.ofSeconds(60), 3, Duration.ofMillis(250));
  private final HttpClient client;
  private final OutboundCalls outbound;
  private final S3Signer signer;
  private final ContentStoreConfig config;
  private final String host;
  private final int port;
  private final boolean ssl;
  private final String hostHeader;
  private final String breaker;

  public S3ContentStore(Vertx vertx, ContentStoreConfig config) {
    this.config = config;
    this.signer = new S3Signer(config.s3AccessKeyId(), config.s3SecretAccessKey(), config.s3Region());
    this.outbound = OutboundCalls.withDefaults(vertx);
    this.ssl = "https".equals(config.s3Endpoint().getScheme());
    this.port = config.s3Endpoint().getPort() > 0 ? config.s3Endpoint().getPort() : ssl ? 443 : 80;
    this.host = config.s3PathStyle() ? config.s3Endpoint().getHost() : config.s3Bucket() + "." + config.s3Endpoint().getHost();
    this.hostHeader = config.s3Endpoint().getPort() > 0 ? host + ":" + port : host;
    this.breaker = "s3:" + hostHeader + "/" + config.s3Bucket();
    this.client = vertx.createHttpClient(new PoolOptions().setHttp1MaxSize(16));
  }

  /** The object key of a tenant's file; fails for a tenant id that is not a plain name. */
  static Future<String> key(String tenant, UUID fileId) {
    return tenant != null && TENANT.matcher(tenant).matches() ? Future.succeededFuture(tenant + "/" + fileId)
        : Future.failedFuture(new IllegalArgumentException("not a tenant id: " + tenant));
  }

  @Override
  public Future<StoredFile> write(String tenant, UUID fileId, ReadStream<Buffer> source, long limitBytes) {
    return key(tenant, fileId).compose(key -> {
      S3Upload upload = new S3Upload(this, key);
      return new ChunkedUpload(source, limitBytes, config.s3PartMb() * 1024 * 1024, upload).start()
          .recover(e -> upload.abandon().otherwiseEmpty().compose(x -> Future.failedFuture(storeFailure(e))));
    });
  }

  @Override
  public Future<Void> read(String tenant, UUID fileId, long from, long to, WriteStream<Buffer> target) {
    return key(tenant, fileId)
        .compose(key -> outbound.call(breaker, CALLS, () -> send(HttpMethod.GET, key, Map.of(), Map.of("range", "bytes=" + from + "-" + to),
            Buffer.buffer(), S3Signer.EMPTY_SHA256).compose(response -> response.statusCode() == 206 || response.statusCode() == 200
                ? Future.succeededFuture(response.pause()) : refusal(response))))
        .compose(response -> response.pipe().endOnSuccess(false).endOnFailure(false).to(target))
        .recover(e -> Future.failedFuture(storeFailure(e)));
  }

  @Override
  public Future<Void> delete(String tenant, UUID fileId) {
    return key(tenant, fileId).compose(key -> call(HttpMethod.DELETE, key, Map.of(), Buffer.buffer()).mapEmpty());
  }

  /** A call without a stream: sends body (its SHA-256 signed), answers the response body; not 2xx fails. */
  Future<Buffer> call(HttpMethod method, String key, Map<String, String> query, Buffer body) {
    String sha = S3Signer.hex(S3Signer.sha256(body.getBytes()));
    return outbound.call(breaker, CALLS, () -> send(method, key, query, Map.of(), body, sha)
            .compose(response -> response.statusCode() / 100 == 2 ? response.body() : refusal(response)))
        .recover(e -> Future.failedFuture(storeFailure(e)));
  }

  /** PUT of a part or an object: its ETag. */
  Future<String> put(String key, Map<String, String> query, Buffer body) {
    String sha = S3Signer.hex(S3Signer.sha256(body.getBytes()));
    return outbound.call(breaker, CALLS, () -> send(HttpMethod.PUT, key, query, Map.of(), body, sha)
            .compose(response -> response.statusCode() / 100 == 2
                ? response.body().map(x -> response.getHeader("ETag")) : refusal(response)))
        .recover(e -> Future.failedFuture(storeFailure(e)));
  }

  private Future<HttpClientResponse> send(HttpMethod method, String key, Map<String, String> query, Map<String, String> headers,
      Buffer body, String payloadSha256) {
    String path = (config.s3PathStyle() ? "/" + S3Signer.encode(config.s3Bucket(), true) : "") + "/" + S3Signer.encode(key, false);
    Map<String, String> all = new HashMap<>(headers);
    all.put("host", hostHeader);
    Map<String, String> signed = signer.sign(new S3Signer.Request(method.name(), path, query, all, payloadSha256), Instant.now());
    RequestOptions options = new RequestOptions().setMethod(method).setHost(host).setPort(port).setSsl(ssl)
        .setURI(query.isEmpty() ? path : path + "?" + S3Signer.canonicalQuery(query)).setIdleTimeout(60_000);
    signed.forEach(options::putHeader);
    return client.request(options).compose(request -> request.send(body));
  }

  private static <T> Future<T> refusal(HttpClientResponse response) {
    return response.body().transform(body -> Future.failedFuture(UpstreamFailure.fromStatus(response.statusCode(),
        body.succeeded() ? body.result().toString() : null)));
  }

  /** What a caller is told when the store fails: 503 for the store, anything of ours (413, ...) as it is. */
  private static Throwable storeFailure(Throwable e) {
    return e instanceof UpstreamFailure upstream
        ? ApiError.unavailable("CONTENT_STORE_UNAVAILABLE", "The content store could not be reached (" + upstream.kind()
            + "); try again shortly", 30)
        : e;
  }
}

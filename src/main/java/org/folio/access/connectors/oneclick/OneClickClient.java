package org.folio.access.connectors.oneclick;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.folio.access.connectors.common.CallPolicy;
import org.folio.access.connectors.common.OutboundCalls;
import org.folio.access.connectors.common.UpstreamFailure;
import org.folio.access.connectors.oneclick.OneClickModel.Availability;
import org.folio.access.connectors.oneclick.OneClickModel.Checkout;
import org.folio.access.connectors.oneclick.OneClickModel.Hold;
import org.folio.access.connectors.oneclick.OneClickModel.Link;
import org.folio.access.connectors.oneclick.OneClickModel.Patron;
import org.folio.access.connectors.oneclick.OneClickModel.Title;
import org.folio.access.platform.json.Json;

/**
 * A library's OneClick-style lending API ({baseUrl}/{libraryId}/...), every call through OutboundCalls: a
 * deadline per attempt, reads tried again on transient failures, lending calls (checkout, return, renew,
 * holds, patron creation) made once, since the vendor may have acted on an attempt whose answer was lost.
 * Every call sends Authorization: Basic with the token and Accept-Media with the account's verbosity.
 * Failures are UpstreamFailure (OneClickRefusal tells what they mean); the vendor's body stays in them.
 */
public final class OneClickClient {
  /** Links to content live about 15 minutes when the vendor does not say. */
  static final Duration DEFAULT_LINK_LIFE = Duration.ofMinutes(15);
  private final WebClient web;
  private final OutboundCalls calls;
  private final java.util.function.Supplier<Timings> timings;

  /** Deadlines per attempt: lending calls, reads, and the whole catalog (a big answer). */
  public record Timings(Duration lending, Duration read, Duration catalog, int readAttempts) {
    public static Timings defaults() {
      return new Timings(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMinutes(5), 3);
    }
  }

  /** timings is asked on every call, so that a deployment (or a test) may change them at run time. */
  public OneClickClient(WebClient web, OutboundCalls calls, java.util.function.Supplier<Timings> timings) {
    this.web = web;
    this.calls = calls;
    this.timings = timings;
  }

  /** The vendor's patron id of a library card number or email; empty when the vendor has no such patron. */
  public Future<Optional<String>> findPatron(OneClickAccount account, String cardOrEmail) {
    return read(account, "/patrons/" + encode(cardOrEmail), body -> parse(body, Patron.class).patronId())
        .map(Optional::ofNullable)
        .recover(e -> e instanceof UpstreamFailure f && f.kind() == UpstreamFailure.Kind.NOT_FOUND
            ? Future.succeededFuture(Optional.empty()) : Future.failedFuture(e));
  }

  /** Creates the patron at the vendor (library card number and email as the library knows them). */
  public Future<String> createPatron(OneClickAccount account, String barcode, String email) {
    JsonObject body = new JsonObject().put("libraryCardNumber", barcode).put("email", email)
        .put("userName", barcode != null ? barcode : email);
    return once(account, HttpMethod.POST, "/patrons", body, answer -> {
      String id = parse(answer, Patron.class).patronId();
      if (id == null || id.isBlank()) {
        throw protocol("the created patron has no patronId");
      }
      return id;
    });
  }

  /** Checks the title out to the patron for `days` (the vendor only shortens its own period). */
  public Future<Checkout> checkOut(OneClickAccount account, String patronId, String isbn, int days) {
    return once(account, HttpMethod.POST, "/patrons/" + encode(patronId) + "/checkouts/" + encode(isbn) + "?days=" + days, null,
        body -> body == null || body.length() == 0 || !body.toString().trim().startsWith("{")
            ? new Checkout(isbn, null, null, null, null, null, null) : parse(body, Checkout.class));
  }

  public Future<Void> checkIn(OneClickAccount account, String patronId, String isbn) {
    return once(account, HttpMethod.DELETE, "/patrons/" + encode(patronId) + "/checkouts/" + encode(isbn), null, body -> null);
  }

  /** Renews the patron's checkout; the vendor's own rules decide whether it may. */
  public Future<Checkout> renew(OneClickAccount account, String patronId, String isbn) {
    return once(account, HttpMethod.PUT, "/patrons/" + encode(patronId) + "/checkouts/" + encode(isbn), null,
        body -> body == null || body.length() == 0 || !body.toString().trim().startsWith("{")
            ? new Checkout(isbn, null, null, null, null, null, null) : parse(body, Checkout.class));
  }

  public Future<Void> placeHold(OneClickAccount account, String patronId, String isbn) {
    return once(account, HttpMethod.POST, "/patrons/" + encode(patronId) + "/holds/" + encode(isbn), null, body -> null);
  }

  public Future<Void> cancelHold(OneClickAccount account, String patronId, String isbn) {
    return once(account, HttpMethod.DELETE, "/patrons/" + encode(patronId) + "/holds/" + encode(isbn), null, body -> null);
  }

  /** The patron's checkouts as the vendor has them now; an answer that is not a JSON array fails (PROTOCOL). */
  public Future<List<Checkout>> checkouts(OneClickAccount account, String patronId) {
    return read(account, "/patrons/" + encode(patronId) + "/checkouts", body -> list(body, Checkout.class));
  }

  public Future<List<Hold>> holds(OneClickAccount account, String patronId) {
    return read(account, "/patrons/" + encode(patronId) + "/holds", body -> list(body, Hold.class));
  }

  /**
   * Calls a checkout's fulfilment URL for a time-limited link: {url|downloadUrl, expiration?} or the bare URL
   * as text. The vendor gives the URL, so only URLs under the account's base URL are called (the token goes
   * with the call).
   */
  public Future<Link> fulfil(OneClickAccount account, String fulfillmentUrl) {
    if (!fulfillmentUrl.startsWith(account.baseUrl().replaceAll("/+$", "") + "/")) {
      return Future.failedFuture(protocol("the fulfilment URL is not on the vendor's API"));
    }
    return calls.call(account.breakerKey(), readPolicy(timings.get().read()),
        () -> send(account, HttpMethod.GET, fulfillmentUrl, null, timings.get().read()).map(OneClickClient::link));
  }

  /** The library's whole catalog (media/all): taxing for the vendor, so asked in one attempt. */
  public Future<List<Title>> catalog(OneClickAccount account) {
    return calls.call(account.breakerKey(), CallPolicy.once(timings.get().catalog()),
        () -> send(account, HttpMethod.GET, account.url("/media/all"), null, timings.get().catalog()).map(body -> list(body, Title.class)));
  }

  /** The catalog's changes between two days (media/delta?begin&end): {addedTitles, removedTitles} or one array. */
  public Future<Delta> delta(OneClickAccount account, LocalDate begin, LocalDate end) {
    return read(account, "/media/delta?begin=" + begin + "&end=" + end, OneClickClient::delta);
  }

  /** Titles of the catalog with whether each may be borrowed now. */
  public Future<List<Availability>> availability(OneClickAccount account) {
    return read(account, "/media/availability", body -> list(body, Availability.class));
  }

  /** A catalog delta: titles added or changed, and ISBNs removed. */
  public record Delta(List<Title> changed, List<String> removed) {}

  private <T> Future<T> read(OneClickAccount account, String path, Function<Buffer, T> reader) {
    return calls.call(account.breakerKey(), readPolicy(timings.get().read()),
        () -> send(account, HttpMethod.GET, account.url(path), null, timings.get().read()).map(reader));
  }

  private <T> Future<T> once(OneClickAccount account, HttpMethod method, String path, JsonObject body, Function<Buffer, T> reader) {
    return calls.call(account.breakerKey(), CallPolicy.once(timings.get().lending()),
        () -> send(account, method, account.url(path), body, timings.get().lending()).map(reader));
  }

  private CallPolicy readPolicy(Duration deadline) {
    return new CallPolicy(deadline, timings.get().readAttempts(), Duration.ofMillis(200));
  }

  private Future<Buffer> send(OneClickAccount account, HttpMethod method, String url, JsonObject body, Duration deadline) {
    HttpRequest<Buffer> request = web.requestAbs(method, url).timeout(deadline.toMillis())
        .putHeader("Authorization", "Basic " + account.token())
        .putHeader("Accept-Media", account.verbosity())
        .putHeader("Accept", "application/json");
    Future<HttpResponse<Buffer>> sent = body == null ? request.send() : request.sendJsonObject(body);
    return sent.compose(response -> response.statusCode() / 100 == 2 ? Future.succeededFuture(response.body())
        : Future.failedFuture(UpstreamFailure.fromStatus(response.statusCode(), response.bodyAsString())));
  }

  private static Link link(Buffer body) {
    String text = body == null ? "" : body.toString().trim();
    if (text.startsWith("{")) {
      JsonNode node = tree(body);
      String url = node.hasNonNull("url") ? node.get("url").asText() : node.path("downloadUrl").asText(null);
      if (url == null || url.isBlank()) {
        throw protocol("the fulfilment answer has no url");
      }
      Instant expires = OneClickModel.instant(node.path("expiration").asText(node.path("expires").asText(null)));
      return new Link(url, expires == null ? Instant.now().plus(DEFAULT_LINK_LIFE) : expires);
    }
    if (text.startsWith("http://") || text.startsWith("https://")) {
      return new Link(text, Instant.now().plus(DEFAULT_LINK_LIFE));
    }
    throw protocol("the fulfilment answer is neither a link nor JSON");
  }

  private static Delta delta(Buffer body) {
    JsonNode node = tree(body);
    if (node.isArray()) {
      return new Delta(list(body, Title.class), List.of());
    }
    if (!node.isObject()) {
      throw protocol("the delta is neither an object nor an array");
    }
    JavaType titles = Json.mapper().getTypeFactory().constructCollectionType(List.class, Title.class);
    List<Title> changed = node.has("addedTitles") ? Json.mapper().convertValue(node.get("addedTitles"), titles) : List.of();
    List<String> removed = new java.util.ArrayList<>();
    node.path("removedTitles").forEach(n -> removed.add(n.isObject() ? n.path("isbn").asText() : n.asText()));
    return new Delta(changed, removed);
  }

  private static <T> List<T> list(Buffer body, Class<T> type) {
    if (body == null || body.length() == 0) {
      throw protocol("the answer is empty");
    }
    try {
      return Json.mapper().readerForListOf(type).readValue(body.getBytes());
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw protocol("the answer is not a list of " + type.getSimpleName());
    }
  }

  private static <T> T parse(Buffer body, Class<T> type) {
    try {
      return Json.mapper().readValue(body == null ? new byte[0] : body.getBytes(), type);
    } catch (java.io.IOException e) {
      throw protocol("the answer is not a " + type.getSimpleName());
    }
  }

  private static JsonNode tree(Buffer body) {
    try {
      return Json.mapper().readTree(body.getBytes());
    } catch (JsonProcessingException e) {
      throw protocol("the answer is not JSON");
    } catch (java.io.IOException e) {
      throw protocol("the answer could not be read");
    }
  }

  private static UpstreamFailure protocol(String message) {
    return new UpstreamFailure(UpstreamFailure.Kind.PROTOCOL, 200, null, "vendor answer unreadable: " + message);
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

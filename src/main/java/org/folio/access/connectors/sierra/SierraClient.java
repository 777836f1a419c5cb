package org.folio.access.connectors.sierra;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.folio.access.connectors.common.CallPolicy;
import org.folio.access.connectors.common.OutboundCalls;
import org.folio.access.connectors.common.UpstreamFailure;
import org.folio.access.platform.errors.ApiError;

/**
 * A Sierra-style ILS REST API: an OAuth2 client-credentials token (cached until shortly before it expires, fetched
 * again on a 401), patrons found by a varField, holds placed on items and read back page by page, item statuses
 * read in one batch call. Every call has a deadline and goes through OutboundCalls; failures are ApiErrors
 * (SierraErrors), never the ILS's own body.
 */
public final class SierraClient {
  static final int HOLDS_PAGE = 50;
  /** A token is used until this long before Sierra says it expires. */
  static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);
  private final WebClient http;
  private final OutboundCalls calls;
  private final CallPolicy reads;
  private final CallPolicy writes;
  private final Clock clock;
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  private record Token(String value, Instant expires) {}

  public SierraClient(WebClient http, OutboundCalls calls, Duration deadline, Clock clock) {
    this.http = http;
    this.calls = calls;
    this.reads = new CallPolicy(deadline, 2, Duration.ofMillis(200));
    this.writes = CallPolicy.once(deadline);
    this.clock = clock;
  }

  /** The patron whose varField holds the user id; 404 unknown, 403 expired or blocked. */
  public Future<String> patronId(SierraAccount account, String userId) {
    return patron(account, userId).compose(this::refuseWhenCannotRequest);
  }

  /** The patron whose varField holds the user id, whatever the state of their account (to cancel); 404 unknown. */
  public Future<String> knownPatronId(SierraAccount account, String userId) {
    return patron(account, userId).map(patron -> String.valueOf(patron.getValue("id")));
  }

  private Future<JsonObject> patron(SierraAccount account, String userId) {
    return authorized(account, reads, token -> get(account, "/patrons/find", token)
            .addQueryParam("varFieldTag", account.patronFieldTag()).addQueryParam("varFieldContent", userId)
            .addQueryParam("fields", "id,expirationDate,blockInfo").send(), HttpResponse::bodyAsJsonObject)
        .recover(e -> Future.failedFuture(SierraErrors.toApiError(e).status() == 404
            ? ApiError.notFound("The library system knows no such user") : SierraErrors.toApiError(e)));
  }

  private Future<String> refuseWhenCannotRequest(JsonObject patron) {
    String expires = patron.getString("expirationDate");
    if (expires != null && LocalDate.parse(expires.substring(0, 10)).isBefore(LocalDate.now(clock))) {
      return Future.failedFuture(ApiError.forbidden("ACCOUNT_EXPIRED",
          "Your library membership has expired: please contact the library to renew it"));
    }
    JsonObject block = patron.getJsonObject("blockInfo");
    if (block != null && block.getString("code") != null && !"-".equals(block.getString("code"))) {
      return Future.failedFuture(ApiError.forbidden("ACCOUNT_BLOCKED",
          "Your library account cannot request items: please contact the library staff"));
    }
    return Future.succeededFuture(String.valueOf(patron.getValue("id")));
  }

  /**
   * Places an item hold for the patron, the pickup date as neededBy and as a note. Sierra's "already on hold for
   * or checked out to you" and "already sent" (132/2, 132/929) are successes: the request was placed before.
   */
  public Future<Void> placeHold(SierraAccount account, String patronId, String itemRecordNumber, String pickupLocation,
      LocalDate pickupDate) {
    JsonObject hold = new JsonObject().put("recordType", "i").put("recordNumber", Long.parseLong(itemRecordNumber))
        .put("pickupLocation", pickupLocation);
    if (pickupDate != null) {
      hold.put("neededBy", pickupDate.toString()).put("note", "Requested for: " + pickupDate);
    }
    return authorized(account, writes, token -> post(account, "/patrons/" + patronId + "/holds/requests", token)
            .sendJsonObject(hold), response -> (Void) null)
        .recover(e -> {
          UpstreamFailure failure = UpstreamFailure.fromThrowable(e);
          SierraErrors.Code code = SierraErrors.code(failure.body());
          return code != null && code.alreadyYours() ? Future.succeededFuture() : Future.failedFuture(SierraErrors.toApiError(e));
        });
  }

  /**
   * Cancels a hold (Sierra's DELETE patrons/holds/{holdId}, once: no retry of a write). A hold the ILS does not
   * know (404 or its code 107) is gone already: a success, so that a cancellation can be repeated.
   */
  public Future<Void> cancelHold(SierraAccount account, String holdId) {
    return authorized(account, writes, token -> http.deleteAbs(account.baseUrl() + "/patrons/holds/" + holdId)
            .putHeader("Authorization", "Bearer " + token).send(), response -> (Void) null)
        .recover(e -> UpstreamFailure.fromThrowable(e).kind() == UpstreamFailure.Kind.NOT_FOUND ? Future.succeededFuture()
            : Future.failedFuture(SierraErrors.toApiError(e)));
  }

  /** Every hold of the patron, all pages (not only the first). */
  public Future<List<SierraHold>> holds(SierraAccount account, String patronId) {
    return holdsFrom(account, patronId, 0, new ArrayList<>());
  }

  private Future<List<SierraHold>> holdsFrom(SierraAccount account, String patronId, int offset, List<SierraHold> so) {
    return authorized(account, reads, token -> get(account, "/patrons/" + patronId + "/holds", token)
            .addQueryParam("limit", String.valueOf(HOLDS_PAGE)).addQueryParam("offset", String.valueOf(offset))
            .addQueryParam("fields", "id,record,pickupLocation,notNeededAfterDate,status").send(), HttpResponse::bodyAsJsonObject)
        .recover(e -> Future.failedFuture(SierraErrors.toApiError(e)))
        .compose(page -> {
          JsonArray entries = page.getJsonArray("entries", new JsonArray());
          entries.forEach(entry -> {
            if (entry instanceof JsonObject json) {
              SierraHold hold = hold(json);
              if (hold != null) {
                so.add(hold);
              }
            }
          });
          int total = page.getInteger("total", 0);
          int next = offset + entries.size();
          return entries.isEmpty() || next >= total ? Future.succeededFuture(so) : holdsFrom(account, patronId, next, so);
        });
  }

  /** Items' statuses in one batch call (as many entries asked for as record numbers given). */
  public Future<List<SierraItemStatus>> itemStatuses(SierraAccount account, List<String> recordNumbers) {
    return authorized(account, reads, token -> get(account, "/items", token)
            .addQueryParam("id", String.join(",", recordNumbers)).addQueryParam("limit", String.valueOf(recordNumbers.size()))
            .addQueryParam("fields", "id,status").send(),
        HttpResponse::bodyAsJsonObject)
        .recover(e -> Future.failedFuture(SierraErrors.toApiError(e)))
        .map(page -> {
          List<SierraItemStatus> statuses = new ArrayList<>();
          page.getJsonArray("entries", new JsonArray()).forEach(entry -> {
            if (entry instanceof JsonObject json && json.getJsonObject("status") != null) {
              JsonObject status = json.getJsonObject("status");
              statuses.add(new SierraItemStatus(String.valueOf(json.getValue("id")), status.getString("code"),
                  status.getString("display"), status.getString("duedate")));
            }
          });
          return statuses;
        });
  }

  /** One hold entry; null when it is not readable (it is then left out, not a failure of the whole list). */
  static SierraHold hold(JsonObject entry) {
    String record = entry.getString("record");
    if (record == null || !record.contains("/")) {
      return null;
    }
    String[] parts = record.split("/");
    String type = parts[parts.length - 2].startsWith("item") ? "i" : parts[parts.length - 2].substring(0, 1);
    JsonObject pickup = entry.getJsonObject("pickupLocation", new JsonObject());
    JsonObject status = entry.getJsonObject("status", new JsonObject());
    String id = entry.getString("id", "");
    return new SierraHold(id.substring(id.lastIndexOf('/') + 1), type, parts[parts.length - 1],
        entry.getString("notNeededAfterDate"), pickup.getString("code"), pickup.getString("name"),
        status.getString("code"), status.getString("name"));
  }

  /**
   * Runs a call with a token; a 401 drops the cached token and the call is made once more with a new one.
   * Any other answer but 2xx fails with the kind its Sierra code or HTTP status says.
   */
  private <T> Future<T> authorized(SierraAccount account, CallPolicy policy,
      Function<String, Future<HttpResponse<Buffer>>> send, Function<HttpResponse<Buffer>, T> read) {
    return calls.call(account.key(), policy, () -> token(account)
        .compose(send)
        .compose(response -> {
          if (response.statusCode() != 401) {
            return Future.succeededFuture(response);
          }
          tokens.remove(account.key());
          return token(account).compose(send);
        })
        .compose(response -> response.statusCode() / 100 == 2 ? Future.succeededFuture(read.apply(response))
            : Future.failedFuture(SierraErrors.failure(response.statusCode(), response.bodyAsString()))));
  }

  private Future<String> token(SierraAccount account) {
    Token cached = tokens.get(account.key());
    if (cached != null && clock.instant().isBefore(cached.expires())) {
      return Future.succeededFuture(cached.value());
    }
    String basic = Base64.getEncoder().encodeToString((account.clientKey() + ":" + account.clientSecret())
        .getBytes(StandardCharsets.UTF_8));
    return http.postAbs(account.baseUrl() + "/token").putHeader("Authorization", "Basic " + basic)
        .sendForm(MultiMap.caseInsensitiveMultiMap().add("grant_type", "client_credentials"))
        .compose(response -> {
          if (response.statusCode() != 200) {
            return Future.failedFuture(response.statusCode() == 400 || response.statusCode() == 401
                ? new UpstreamFailure(UpstreamFailure.Kind.AUTH, response.statusCode(), null, "ILS refused the client credentials")
                : SierraErrors.failure(response.statusCode(), response.bodyAsString()));
          }
          JsonObject body = response.bodyAsJsonObject();
          long seconds = body.getLong("expires_in", 3600L);
          Token token = new Token(body.getString("access_token"), clock.instant().plusSeconds(seconds).minus(TOKEN_MARGIN));
          tokens.put(account.key(), token);
          return Future.succeededFuture(token.value());
        });
  }

  private HttpRequest<Buffer> get(SierraAccount account, String path, String token) {
    return http.getAbs(account.baseUrl() + path).putHeader("Authorization", "Bearer " + token).putHeader("Accept", "application/json");
  }

  private HttpRequest<Buffer> post(SierraAccount account, String path, String token) {
    return http.postAbs(account.baseUrl() + path).putHeader("Authorization", "Bearer " + token);
  }
}

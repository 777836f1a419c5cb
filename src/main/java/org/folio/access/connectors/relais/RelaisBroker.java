package org.folio.access.connectors.relais;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Clock;
import java.time.Duration;
import org.folio.access.connectors.broker.Broker;
import org.folio.access.connectors.broker.BrokerAccount;
import org.folio.access.connectors.broker.BrokerPatron;
import org.folio.access.connectors.broker.BrokerSession;
import org.folio.access.connectors.broker.FindResult;
import org.folio.access.connectors.broker.ItemSearch;
import org.folio.access.connectors.broker.RequestDetails;
import org.folio.access.connectors.common.CallPolicy;
import org.folio.access.connectors.common.OutboundCalls;
import org.folio.access.connectors.common.UpstreamFailure;

/**
 * The Relais D2D web services: POST /portal-service/user/authentication (answers an AuthorizationId),
 * POST /dws/item/available?aid= (FindItem) and POST /dws/item/add?aid= (RequestItem), JSON both ways. Relais
 * reports refusals as {"Problem":{"ErrorCode":..,"ErrorMessage":..}}, with an error status or with 200.
 */
public final class RelaisBroker implements Broker {
  static final CallPolicy AUTHENTICATE = CallPolicy.once(Duration.ofSeconds(10));
  static final CallPolicy FIND = new CallPolicy(Duration.ofSeconds(10), 3, Duration.ofMillis(200));
  static final CallPolicy REQUEST = CallPolicy.once(Duration.ofSeconds(20));
  private final WebClient client;
  private final OutboundCalls calls;
  private final RelaisCredentials credentials;

  public RelaisBroker(WebClient client, OutboundCalls calls, Clock clock) {
    this.client = client;
    this.calls = calls;
    this.credentials = new RelaisCredentials(clock);
  }

  @Override
  public String name() {
    return "relais";
  }

  @Override
  public Future<BrokerSession> authenticate(BrokerAccount account, BrokerPatron patron) {
    JsonObject body = credentials.body(account, patron);
    return post(account, AUTHENTICATE, "/portal-service/user/authentication", body).compose(answer -> {
      String aid = answer.json().getString("AuthorizationId");
      return aid == null || aid.isEmpty()
          ? Future.failedFuture(new UpstreamFailure(UpstreamFailure.Kind.AUTH, 200, answer.raw(), "broker gave no AuthorizationId"))
          : Future.succeededFuture(new BrokerSession(account, aid));
    });
  }

  @Override
  public Future<FindResult> find(BrokerSession session, ItemSearch search) {
    return post(session.account(), FIND, "/dws/item/available?aid=" + session.authorizationId(),
            RelaisSearches.body(session.account(), search))
        .map(answer -> RelaisSearches.result(answer.json(), answer.raw()))
        .recover(failure -> failure instanceof UpstreamFailure u && noResult(u)
            ? Future.succeededFuture(FindResult.nothing(u.body()))
            : Future.failedFuture(failure));
  }

  @Override
  public Future<String> request(BrokerSession session, ItemSearch search, RequestDetails details) {
    JsonObject body = RelaisSearches.body(session.account(), search).put("PickupLocation", details.pickupLocation());
    if (!details.notes().isEmpty()) {
      body.put("Notes", details.notes());
    }
    if (!details.externalNumber().isEmpty()) {
      body.put("ExternalNumber", details.externalNumber());
    }
    return post(session.account(), REQUEST, "/dws/item/add?aid=" + session.authorizationId(), body).compose(answer -> {
      String number = answer.json().getString("RequestNumber");
      return number == null || number.isEmpty()
          ? Future.failedFuture(new UpstreamFailure(UpstreamFailure.Kind.PROTOCOL, 200, answer.raw(), "broker gave no RequestNumber"))
          : Future.succeededFuture(number);
    });
  }

  /** A broker answer: its JSON and its text as received. */
  private record Answer(JsonObject json, String raw) {}

  private Future<Answer> post(BrokerAccount account, CallPolicy policy, String path, JsonObject body) {
    String url = account.baseUrl().replaceAll("/+$", "") + path;
    return calls.call(account.breakerKey(), policy, () -> client.postAbs(url).timeout(policy.deadline().toMillis())
        .putHeader("Accept", "application/json").sendJsonObject(body)
        .compose(RelaisBroker::answer));
  }

  private static Future<Answer> answer(HttpResponse<Buffer> response) {
    String raw = response.bodyAsString();
    JsonObject json;
    try {
      json = raw == null || raw.isBlank() ? new JsonObject() : new JsonObject(raw);
    } catch (DecodeException e) {
      return Future.failedFuture(response.statusCode() >= 300 ? UpstreamFailure.fromStatus(response.statusCode(), raw)
          : new UpstreamFailure(UpstreamFailure.Kind.PROTOCOL, response.statusCode(), raw, "broker answered no JSON"));
    }
    if (response.statusCode() >= 300) {
      return Future.failedFuture(UpstreamFailure.fromStatus(response.statusCode(), raw));
    }
    if (RelaisSearches.problemCode(json) != null) {
      return Future.failedFuture(new UpstreamFailure(UpstreamFailure.Kind.REFUSED, response.statusCode(), raw,
          "broker refused: " + RelaisSearches.problemCode(json)));
    }
    return Future.succeededFuture(new Answer(json, raw));
  }

  private static boolean noResult(UpstreamFailure failure) {
    try {
      return failure.body() != null && RelaisSearches.NO_RESULT.equals(RelaisSearches.problemCode(new JsonObject(failure.body())));
    } catch (DecodeException e) {
      return false;
    }
  }
}

package org.folio.access.ill.routing;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Supplier;
import org.folio.access.connectors.broker.Broker;
import org.folio.access.connectors.broker.BrokerAccount;
import org.folio.access.connectors.broker.BrokerPatron;
import org.folio.access.connectors.broker.BrokerSession;
import org.folio.access.connectors.broker.FindResult;
import org.folio.access.connectors.broker.ItemSearch;
import org.folio.access.connectors.broker.RequestDetails;
import org.folio.access.connectors.common.UpstreamFailure;
import org.folio.access.ill.settings.Mappings;
import org.folio.access.ill.settings.RsaPublicKeys;
import org.folio.access.ill.settings.Template;
import org.folio.access.ill.settings.TenantSettings;
import org.folio.access.ill.transactions.TransactionRepository.Claimed;
import org.folio.access.rest.model.IllSettings;

/**
 * Decides where one claimed transaction goes, talking to the tenant's broker but never to the database:
 * refuseWhenRequestWasInFlight -> barcode -> authenticate (up to MaximumAuthenticationAttempts) -> find by ISBNs
 * -> else by keywords -> request (after `startRequest` committed the in-flight mark) or route to the queue that
 * fits. Every outcome is a Decision with a note beginning with NotePrefix; no failure escapes.
 */
final class RoutingEngine {
  private static final int RAW_LIMIT = 2000;
  private final Brokers brokers;
  private final UserBarcodes barcodes;

  RoutingEngine(Brokers brokers, UserBarcodes barcodes) {
    this.brokers = brokers;
    this.barcodes = barcodes;
  }

  /** startRequest: commits that a request is in flight; false when the claim was lost (then nothing is sent). */
  Future<Decision> route(String tenant, TenantSettings settings, Claimed claimed, Supplier<Future<Boolean>> startRequest) {
    IllSettings s = settings.values();
    Future<Decision> decision;
    try {
      decision = decide(tenant, settings, claimed, startRequest);
    } catch (RuntimeException e) {
      decision = Future.failedFuture(e);
    }
    return decision.recover(failure -> Future.succeededFuture(Decision.to(s.getErrorQueue(),
        s.getNotePrefix() + "Routing failed: " + explain(failure))));
  }

  private Future<Decision> decide(String tenant, TenantSettings settings, Claimed claimed, Supplier<Future<Boolean>> startRequest) {
    IllSettings s = settings.values();
    JsonObject doc = claimed.document();
    if (claimed.requestStarted()) {
      return Future.succeededFuture(Decision.to(s.getRequestItemErrorQueue(), s.getNotePrefix()
          + "A broker request was sent but its answer was never recorded (the module stopped while it was in flight);"
          + " check the broker for external number " + externalNumber(s, doc) + " before requesting again."));
    }
    if (claimed.brokerRequestNumber() != null) {
      return Future.succeededFuture(Decision.to(s.getRequestItemSuccessfulQueue(), s.getNotePrefix()
          + "Already requested at the broker as " + claimed.brokerRequestNumber() + "; not requested again."));
    }
    if (s.getBrokerUrl().isBlank() && !Brokers.CONSORTIUM.equals(s.getBroker().value())) {
      throw new RoutingProblem("No broker URL is set (ILL settings brokerUrl)");
    }
    Broker broker = brokers.named(s.getBroker().value());
    BrokerAccount account = new BrokerAccount(tenant, s.getBrokerUrl(), settings.apiKey(),
        s.getRsaPublicKey().isBlank() ? null : RsaPublicKeys.parse(s.getRsaPublicKey()), s.getPartnershipId(),
        s.getLibrarySymbol(), Boolean.TRUE.equals(s.getTestInstance()));
    return barcodes.of(tenant, s, doc)
        .compose(barcode -> authenticate(broker, account, patron(s, doc, barcode), s.getMaximumAuthenticationAttempts(), 1))
        .compose(session -> search(broker, session, s, doc)
            .compose(found -> act(broker, session, s, doc, found, startRequest)));
  }

  private static BrokerPatron patron(IllSettings s, JsonObject doc, String barcode) {
    JsonObject p = doc.getJsonObject("patron", new JsonObject());
    String password = Template.evaluate(s.getUserPasswordMapping(), doc);
    return new BrokerPatron(barcode, p.getString("lastName"), p.getString("username"), password.isEmpty() ? null : password);
  }

  /** The seed's MaximumAuthenticationAttempts: a refused or failed authentication is tried again up to the limit. */
  private Future<BrokerSession> authenticate(Broker broker, BrokerAccount account, BrokerPatron patron, int max, int attempt) {
    return broker.authenticate(account, patron).recover(failure -> {
      boolean open = failure instanceof UpstreamFailure u && u.kind() == UpstreamFailure.Kind.CIRCUIT_OPEN;
      if (attempt >= max || open) {
        return Future.failedFuture(new AuthenticationFailed(attempt, failure));
      }
      return authenticate(broker, account, patron, max, attempt + 1);
    });
  }

  /** The search that found something, and how: by every ISBN at once, else (no ISBN or no record) by keywords. */
  record Found(ItemSearch search, FindResult result, String how) {}

  private Future<Found> search(Broker broker, BrokerSession session, IllSettings s, JsonObject doc) {
    List<String> isbns = doc.getJsonArray("isbns", new io.vertx.core.json.JsonArray()).stream().map(String::valueOf).toList();
    List<String> issns = doc.getJsonArray("issns", new io.vertx.core.json.JsonArray()).stream().map(String::valueOf).toList();
    ItemSearch keywords = ItemSearch.byKeywords(doc.getString("title"), doc.getString("author"),
        "Loan".equals(doc.getString("requestType")) ? doc.getString("loanDate") : doc.getString("articleDate"),
        Mappings.parse(s.getDocumentTypeRelaisFormatMappings()).find(doc.getString("documentType")).orElse(null)).withIssns(issns);
    if (isbns.isEmpty()) {
      return broker.find(session, keywords).map(r -> new Found(keywords, r, "by keywords (no ISBN)"));
    }
    ItemSearch exact = ItemSearch.byIsbns(isbns).withIssns(issns);
    return broker.find(session, exact).compose(r -> r.numberOfRecords() > 0 || r.requestable()
        ? Future.succeededFuture(new Found(exact, r, "by ISBN " + String.join(", ", isbns)))
        : broker.find(session, keywords).map(k -> new Found(keywords, k, "by keywords (no record by ISBN)")));
  }

  private Future<Decision> act(Broker broker, BrokerSession session, IllSettings s, JsonObject doc, Found found,
      Supplier<Future<Boolean>> startRequest) {
    FindResult r = found.result();
    String prefix = s.getNotePrefix();
    if (r.requestable()) {
      return startRequest.get().compose(started -> started
          ? request(broker, session, s, doc, found)
          : Future.succeededFuture(Decision.ABANDONED));
    }
    String label = s.getAvailableLocallyButtonLabelText();
    if (r.availableLocally()) {
      return Future.succeededFuture(Decision.to(s.getAvailableLocallyQueue(), prefix + "Available locally (searched "
          + found.how() + "): " + r.message()));
    }
    if (!label.isBlank() && r.buttonLabel() != null && label.trim().equalsIgnoreCase(r.buttonLabel().trim())) {
      return Future.succeededFuture(Decision.to(s.getAvailableLocallyQueue(), prefix + "Available locally (searched "
          + found.how() + "): the broker answered '" + r.buttonLabel() + "'" + link(s, r)));
    }
    if (r.numberOfRecords() > 0) {
      return Future.succeededFuture(Decision.to(s.getManualAvailabilityProcessingQueue(), prefix
          + "Not requestable through the broker, but it found " + r.numberOfRecords() + " record(s) to check (searched "
          + found.how() + ")" + message(r) + "."));
    }
    return Future.succeededFuture(Decision.to(s.getManualProcessingQueue(), prefix
        + "Not found at any partner and not available locally (searched " + found.how() + ")."));
  }

  private Future<Decision> request(Broker broker, BrokerSession session, IllSettings s, JsonObject doc, Found found) {
    String pickup = Template.evaluate(s.getPickupLocationMapping(), doc);
    String code = Mappings.parse(s.getRequestItemPickupLocationMapping()).find(pickup).orElse(pickup);
    RequestDetails details = new RequestDetails(code, externalNumber(s, doc), Template.evaluate(s.getRequestItemNotesMapping(), doc),
        java.util.UUID.fromString(doc.getString("id")));
    String test = Boolean.TRUE.equals(s.getTestInstance()) ? " at the broker's test instance" : "";
    return broker.request(session, found.search(), details)
        .map(number -> new Decision(s.getRequestItemSuccessfulQueue(), s.getNotePrefix() + "Requested" + test
            + " as " + number + " (found " + found.how() + ", pickup location " + code + ").", number))
        .recover(failure -> Future.succeededFuture(Decision.to(s.getRequestItemErrorQueue(), s.getNotePrefix()
            + "The item was requestable (found " + found.how() + ") but the broker's RequestItem failed: " + explain(failure))));
  }

  private static String externalNumber(IllSettings s, JsonObject doc) {
    return Template.evaluate(s.getRequestItemExternalNumberMapping(), doc);
  }

  private static String message(FindResult r) {
    return r.message() == null || r.message().isBlank() ? "" : ": " + r.message();
  }

  private static String link(IllSettings s, FindResult r) {
    if (r.buttonLink() == null) {
      return "";
    }
    String link = r.buttonLink();
    int url = link.indexOf("url=");
    if (Boolean.TRUE.equals(s.getRelaisReturnsProxyUrls()) && url >= 0) {
      link = java.net.URLDecoder.decode(link.substring(url + 4), java.nio.charset.StandardCharsets.UTF_8);
    }
    return " (" + link + ")";
  }

  /** What a failure says to staff: our reading of it, and the broker's own answer when there was one. */
  static String explain(Throwable failure) {
    if (failure instanceof AuthenticationFailed auth) {
      return "authentication at the broker failed after " + auth.attempts + " attempt(s): " + explain(auth.getCause());
    }
    if (failure instanceof UpstreamFailure u) {
      String body = u.body() == null || u.body().isBlank() ? "" : " Broker answer: "
          + (u.body().length() > RAW_LIMIT ? u.body().substring(0, RAW_LIMIT) + "..." : u.body());
      return u.getMessage() + " (" + u.kind() + ")." + body;
    }
    if (failure instanceof RoutingProblem) {
      return failure.getMessage();
    }
    return "unexpected " + failure.getClass().getSimpleName();
  }

  /** Authentication failed on every allowed attempt; the cause is the last failure. */
  static final class AuthenticationFailed extends RuntimeException {
    final int attempts;

    AuthenticationFailed(int attempts, Throwable last) {
      super("authentication failed", last, false, false);
      this.attempts = attempts;
    }
  }
}

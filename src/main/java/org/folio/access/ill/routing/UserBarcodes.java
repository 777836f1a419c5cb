package org.folio.access.ill.routing;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.folio.access.connectors.common.CallPolicy;
import org.folio.access.connectors.common.OutboundCalls;
import org.folio.access.connectors.common.UpstreamFailure;
import org.folio.access.ill.settings.Template;
import org.folio.access.rest.model.IllSettings;

/**
 * The patron's barcode for the broker: from UserBarcodeMapping, or, when UserBarcodeExternalLookupUrl is set, from
 * that URL (tags replaced, URL-encoded) parsed by UserBarcodeExternalMatch's named group Barcode.
 */
final class UserBarcodes {
  static final CallPolicy LOOKUP = new CallPolicy(Duration.ofSeconds(5), 2, Duration.ofMillis(200));
  private final WebClient client;
  private final OutboundCalls calls;

  UserBarcodes(WebClient client, OutboundCalls calls) {
    this.client = client;
    this.calls = calls;
  }

  Future<String> of(String tenant, IllSettings settings, JsonObject transaction) {
    if (settings.getUserBarcodeExternalLookupUrl().isBlank()) {
      String barcode = Template.evaluate(settings.getUserBarcodeMapping(), transaction).trim();
      return barcode.isEmpty()
          ? Future.failedFuture(new RoutingProblem("The patron has no barcode: UserBarcodeMapping gives an empty value"))
          : Future.succeededFuture(barcode);
    }
    String url = Template.evaluate(settings.getUserBarcodeExternalLookupUrl(), transaction,
        v -> URLEncoder.encode(v, StandardCharsets.UTF_8));
    Pattern match = Pattern.compile(settings.getUserBarcodeExternalMatch(), Pattern.DOTALL);
    return calls.call("ill-barcode-lookup:" + tenant, LOOKUP, () -> client.getAbs(url).timeout(LOOKUP.deadline().toMillis()).send()
            .compose(response -> response.statusCode() >= 300
                ? Future.failedFuture(UpstreamFailure.fromStatus(response.statusCode(), response.bodyAsString()))
                : Future.succeededFuture(response.bodyAsString() == null ? "" : response.bodyAsString())))
        .recover(failure -> Future.failedFuture(new RoutingProblem("The barcode lookup failed: " + failure.getMessage())))
        .compose(body -> {
          Matcher m = match.matcher(body);
          return m.find() && m.group("Barcode") != null && !m.group("Barcode").isEmpty()
              ? Future.succeededFuture(m.group("Barcode"))
              : Future.failedFuture(new RoutingProblem("The barcode lookup's answer does not match UserBarcodeExternalMatch"));
        });
  }
}

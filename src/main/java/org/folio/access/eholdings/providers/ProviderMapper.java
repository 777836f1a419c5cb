package org.folio.access.eholdings.providers;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.folio.access.eholdings.common.jsonapi.JsonApi;
import org.folio.access.eholdings.common.proxy.Proxies;
import org.folio.access.rest.model.EholdingsRelationship;
import org.folio.access.rest.model.ProviderAttributes;
import org.folio.access.rest.model.ProviderRecord;
import org.folio.access.rest.model.ProviderRelationships;
import org.folio.access.rest.model.Token;

/** A stored provider as the interface shows it. */
public final class ProviderMapper {
  public static final String TYPE = "providers";

  private ProviderMapper() {}

  public static ProviderRecord record(ProviderRow row, String rootProxy, List<String> tags, EholdingsRelationship packages) {
    return new ProviderRecord().withId(row.recordId()).withType(TYPE)
        .withAttributes(new ProviderAttributes()
            .withName(row.name())
            .withProviderId(row.id())
            .withPackagesTotal(Math.toIntExact(row.packagesTotal()))
            .withPackagesSelected(Math.toIntExact(row.packagesSelected()))
            .withSupportsCustomPackages(row.own() || row.doc().getBoolean("supportsCustomPackages", false))
            .withProviderToken(token(row.doc().getJsonObject("providerToken")))
            .withProxy(Proxies.shown(row.proxyId(), rootProxy))
            .withTags(JsonApi.tags(tags)))
        .withRelationships(new ProviderRelationships().withPackages(packages == null ? JsonApi.notIncluded() : packages));
  }

  /** A stored token ({factName, prompt, helpText, value}) or null. */
  public static Token token(JsonObject stored) {
    if (stored == null) {
      return null;
    }
    return new Token().withFactName(stored.getString("factName")).withPrompt(stored.getString("prompt"))
        .withHelpText(stored.getString("helpText")).withValue(stored.getString("value"));
  }
}

package org.folio.access.eholdings.packages;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.folio.access.eholdings.common.accesstypes.AccessType;
import org.folio.access.eholdings.common.jsonapi.JsonApi;
import org.folio.access.eholdings.common.proxy.Proxies;
import org.folio.access.eholdings.providers.ProviderMapper;
import org.folio.access.rest.model.Coverage;
import org.folio.access.rest.model.EholdingsRelationship;
import org.folio.access.rest.model.PackageAltName;
import org.folio.access.rest.model.PackageAttributes;
import org.folio.access.rest.model.PackageRecord;
import org.folio.access.rest.model.PackageRelationships;
import org.folio.access.rest.model.PackageVisibility;
import org.folio.access.rest.model.VisibilityData;

/** A stored package as the interface shows it, in the 4.0 and the 5.0 forms at once. */
public final class PackageMapper {
  public static final String TYPE = "packages";
  private static final List<String> VISIBILITY_CATEGORIES = List.of("PF", "FTF", "MARC");

  private PackageMapper() {}

  public static PackageRecord record(PackageRow row, String rootProxy, List<String> tags) {
    JsonObject doc = row.doc();
    String reason = doc.getString("visibilityReason", "");
    String providerProxy = Proxies.effective(row.providerProxyId(), rootProxy);
    PackageAttributes attributes = new PackageAttributes()
        .withName(row.name()).withPackageId(row.id()).withProviderId(row.providerId())
        .withProviderName(row.providerName()).withContentType(row.contentType())
        .withPackageType(doc.getString("packageType", row.custom() ? "Custom" : "Complete"))
        .withIsCustom(row.custom()).withIsSelected(row.selected())
        .withSelectedCount(Math.toIntExact(row.selectedCount())).withTitleCount(Math.toIntExact(row.titleCount()))
        .withAllowKbToAddTitles(doc.getBoolean("allowKbToAddTitles", false))
        .withCustomCoverage(coverage(doc.getJsonObject("customCoverage")))
        .withVisibilityData(new VisibilityData().withIsHidden(row.hidden()).withReason(reason))
        .withVisibility(VISIBILITY_CATEGORIES.stream().map(c -> new PackageVisibility().withCategory(c)
            .withHidden(row.hidden()).withReason(reason)).toList())
        .withProxy(Proxies.shown(row.proxyId(), providerProxy))
        .withPackageToken(ProviderMapper.token(doc.getJsonObject("packageToken")))
        .withCustomAltNames(altNames(doc.getJsonArray("customAltNames")))
        .withCustomDisplayName(doc.getString("customDisplayName"))
        .withCustomDescription(doc.getString("customDescription"))
        .withUrl(doc.getString("url"))
        .withIsFreeAccess(doc.getBoolean("isFreeAccess", false))
        .withAccessTypeId(row.accessTypeId() == null ? null : row.accessTypeId().toString())
        .withTags(JsonApi.tags(tags));
    return new PackageRecord().withId(row.recordId()).withType(TYPE).withAttributes(attributes)
        .withRelationships(new PackageRelationships().withResources(JsonApi.notIncluded())
            .withProvider(JsonApi.notIncluded()).withAccessType(accessType(row)));
  }

  /** The effective proxy a package passes on to its resources. */
  public static String effectiveProxy(PackageRow row, String rootProxy) {
    return Proxies.effective(row.proxyId(), Proxies.effective(row.providerProxyId(), rootProxy));
  }

  static EholdingsRelationship accessType(PackageRow row) {
    return row.accessTypeId() == null ? JsonApi.notIncluded() : JsonApi.toOne(AccessType.TYPE, row.accessTypeId().toString());
  }

  static Coverage coverage(JsonObject stored) {
    return new Coverage().withBeginCoverage(stored == null ? "" : stored.getString("beginCoverage", ""))
        .withEndCoverage(stored == null ? "" : stored.getString("endCoverage", ""));
  }

  static List<PackageAltName> altNames(JsonArray stored) {
    List<PackageAltName> names = new ArrayList<>();
    if (stored != null) {
      for (int i = 0; i < stored.size(); i++) {
        Object item = stored.getValue(i);
        String name = item instanceof JsonObject o ? o.getString("altName") : item instanceof String s ? s : null;
        if (name != null) {
          names.add(new PackageAltName().withId(i + 1).withAltName(name));
        }
      }
    }
    return names;
  }
}

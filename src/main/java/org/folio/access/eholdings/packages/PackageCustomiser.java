package org.folio.access.eholdings.packages;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import org.folio.access.eholdings.common.accesstypes.AccessTypes;
import org.folio.access.eholdings.common.proxy.Proxies;
import org.folio.access.eholdings.common.rules.CoverageRules;
import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.rest.model.PackagePutAttributes;

/** Applies the customisations of a request to a package's state: document fields, visibility, proxy, access type. */
public final class PackageCustomiser {
  private final Proxies proxies;
  private final AccessTypes accessTypes;

  public PackageCustomiser(Proxies proxies, AccessTypes accessTypes) {
    this.proxies = proxies;
    this.accessTypes = accessTypes;
  }

  /** inheritedProxy is what the package's provider passes down. */
  public Future<PackageChange> apply(SqlClient client, String tenant, PackageChange change, PackageInput input,
      String inheritedProxy) {
    PackageChange result = documentFields(change, input);
    Future<PackageChange> withProxy = input.requestedProxy() == null ? Future.succeededFuture(result)
        : proxies.ownProxyFor(client, tenant, input.requestedProxy(), inheritedProxy).map(result::withProxyId);
    return withProxy.compose(c -> accessTypes.resolve(client, tenant, input.attributes().getAccessTypeId())
        .map(c::withAccessTypeId));
  }

  /** A managed package that leaves the holdings loses every customisation. */
  public static PackageChange cleared(PackageChange change) {
    JsonObject doc = change.doc();
    for (String key : new String[] {"customCoverage", "visibilityReason", "customAltNames", "customDisplayName",
        "customDescription"}) {
      doc.remove(key);
    }
    doc.put("allowKbToAddTitles", false);
    JsonObject token = doc.getJsonObject("packageToken");
    if (token != null) {
      token.putNull("value");
    }
    return change.withSelected(false).withHidden(false).withProxyId(null).withAccessTypeId(null);
  }

  private static PackageChange documentFields(PackageChange change, PackageInput input) {
    PackagePutAttributes a = input.attributes();
    JsonObject doc = change.doc();
    if (input.coverageGiven()) {
      input.customCoverage().ifPresentOrElse(c -> doc.put("customCoverage", new JsonObject()
          .put("beginCoverage", CoverageRules.text(c.begin())).put("endCoverage", CoverageRules.text(c.end()))),
          () -> doc.remove("customCoverage"));
    }
    if (a.getAllowKbToAddTitles() != null) {
      doc.put("allowKbToAddTitles", a.getAllowKbToAddTitles());
    }
    if (a.getPackageToken() != null) {
      JsonObject token = doc.getJsonObject("packageToken", new JsonObject());
      doc.put("packageToken", token.put("value", FieldRules.blankToNull(a.getPackageToken().getValue())));
    }
    if (input.altNames() != null) {
      JsonArray names = new JsonArray();
      input.altNames().forEach(n -> names.add(new JsonObject().put("altName", n)));
      doc.put("customAltNames", names);
    }
    putText(doc, "customDisplayName", a.getCustomDisplayName());
    putText(doc, "customDescription", a.getCustomDescription());
    putText(doc, "url", a.getUrl());
    if (a.getIsFreeAccess() != null) {
      doc.put("isFreeAccess", a.getIsFreeAccess());
    }
    PackageChange result = change;
    Boolean hidden = input.hidden();
    if (hidden != null) {
      result = result.withHidden(hidden);
      String reason = input.visibilityReason();
      if (!hidden || reason == null || reason.isBlank()) {
        doc.remove("visibilityReason");
      } else {
        doc.put("visibilityReason", reason);
      }
    }
    return result;
  }

  /** Given text replaces the field; given empty text removes it; absent leaves it. */
  private static void putText(JsonObject doc, String key, String value) {
    if (value == null) {
      return;
    }
    if (value.isBlank()) {
      doc.remove(key);
    } else {
      doc.put(key, value);
    }
  }
}

package org.folio.access.eholdings.resources;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.folio.access.eholdings.common.accesstypes.AccessType;
import org.folio.access.eholdings.common.jsonapi.JsonApi;
import org.folio.access.eholdings.common.proxy.Proxies;
import org.folio.access.eholdings.kbart.ManagedValues;
import org.folio.access.eholdings.titles.TitleMapper;
import org.folio.access.eholdings.titles.TitleRow;
import org.folio.access.rest.model.Coverage;
import org.folio.access.rest.model.EmbargoPeriod;
import org.folio.access.rest.model.ResourceAttributes;
import org.folio.access.rest.model.ResourceRecord;
import org.folio.access.rest.model.ResourceRelationships;
import org.folio.access.rest.model.VisibilityData;

/** A stored resource as the interface shows it: its own data and what it shows of its title and package. */
public final class ResourceMapper {
  public static final String TYPE = "resources";

  private ResourceMapper() {}

  public static ResourceRecord record(ResourceRow row, String rootProxy, List<String> tags) {
    JsonObject doc = row.doc();
    TitleRow title = row.title();
    String packageProxy = Proxies.effective(row.packageProxyId(), Proxies.effective(row.providerProxyId(), rootProxy));
    ResourceAttributes attributes = new ResourceAttributes()
        .withName(title.name()).withTitleId(title.id()).withProviderId(row.providerId())
        .withProviderName(row.providerName()).withPackageId(row.packageKey().id()).withPackageName(row.packageName())
        .withContentType(row.contentType()).withIsPackageCustom(row.packageCustom()).withIsTitleCustom(title.custom())
        .withIsSelected(row.selected()).withIsTokenNeeded(doc.getBoolean("isTokenNeeded", false))
        .withUrl(doc.getString("url"))
        .withManagedCoverages(coverages(ManagedValues.coverages(doc, LocalDate.now(ZoneOffset.UTC))))
        .withCustomCoverages(coverages(doc.getJsonArray("customCoverages")))
        .withManagedEmbargoPeriod(embargo(doc.getJsonObject("managedEmbargoPeriod")))
        .withCustomEmbargoPeriod(embargo(doc.getJsonObject("customEmbargoPeriod")))
        .withCoverageStatement(ManagedValues.statement(doc))
        .withVisibilityData(new VisibilityData().withIsHidden(row.hidden()).withReason(doc.getString("visibilityReason", "")))
        .withProxy(Proxies.shown(row.proxyId(), packageProxy))
        .withAccessTypeId(row.accessTypeId() == null ? null : row.accessTypeId().toString())
        .withUserDefinedField1(doc.getString("userDefinedField1")).withUserDefinedField2(doc.getString("userDefinedField2"))
        .withUserDefinedField3(doc.getString("userDefinedField3")).withUserDefinedField4(doc.getString("userDefinedField4"))
        .withUserDefinedField5(doc.getString("userDefinedField5"))
        .withPublicationType(title.publicationType()).withPublisherName(title.publisherName())
        .withEdition(title.doc().getString("edition")).withDescription(title.doc().getString("description"))
        .withIsPeerReviewed(title.doc().getBoolean("isPeerReviewed", false))
        .withContributors(TitleMapper.contributors(title)).withIdentifiers(TitleMapper.identifiers(title))
        .withSubjects(TitleMapper.subjects(title))
        .withTags(JsonApi.tags(tags));
    return new ResourceRecord().withId(row.recordId()).withType(TYPE).withAttributes(attributes)
        .withRelationships(new ResourceRelationships().withProvider(JsonApi.notIncluded())
            .withPackage(JsonApi.notIncluded()).withTitle(JsonApi.notIncluded())
            .withAccessType(row.accessTypeId() == null ? JsonApi.notIncluded()
                : JsonApi.toOne(AccessType.TYPE, row.accessTypeId().toString())));
  }

  static List<Coverage> coverages(JsonArray stored) {
    List<Coverage> list = new ArrayList<>();
    if (stored != null) {
      for (int i = 0; i < stored.size(); i++) {
        JsonObject c = stored.getJsonObject(i);
        list.add(new Coverage().withBeginCoverage(c.getString("beginCoverage", "")).withEndCoverage(c.getString("endCoverage", "")));
      }
    }
    return list;
  }

  static EmbargoPeriod embargo(JsonObject stored) {
    if (stored == null) {
      return new EmbargoPeriod().withEmbargoValue(0);
    }
    return new EmbargoPeriod().withEmbargoUnit(unit(stored.getString("embargoUnit")))
        .withEmbargoValue(stored.getInteger("embargoValue", 0));
  }

  private static EmbargoPeriod.EmbargoUnit unit(String value) {
    if (value == null) {
      return null;
    }
    try {
      return EmbargoPeriod.EmbargoUnit.fromValue(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

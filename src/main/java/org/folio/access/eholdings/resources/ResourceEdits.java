package org.folio.access.eholdings.resources;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Optional;
import org.folio.access.eholdings.common.accesstypes.AccessTypes;
import org.folio.access.eholdings.common.ids.PackageKey;
import org.folio.access.eholdings.common.ids.RecordIds;
import org.folio.access.eholdings.common.ids.ResourceKey;
import org.folio.access.eholdings.common.jsonapi.Includes;
import org.folio.access.eholdings.common.proxy.Proxies;
import org.folio.access.eholdings.common.rules.Coverage;
import org.folio.access.eholdings.common.rules.CoverageRules;
import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.eholdings.common.tags.TagRepository;
import org.folio.access.eholdings.common.tags.TagsUpdate;
import org.folio.access.eholdings.common.tags.TagsWriter;
import org.folio.access.eholdings.kbart.ManagedValues;
import org.folio.access.eholdings.packages.PackageReader;
import org.folio.access.eholdings.packages.PackageRepository;
import org.folio.access.eholdings.titles.TitleReader;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.EholdingsTags;
import org.folio.access.rest.model.EholdingsTagsRequest;
import org.folio.access.rest.model.Resource;
import org.folio.access.rest.model.ResourcePostAttributes;
import org.folio.access.rest.model.ResourcePutRequest;
import org.folio.access.rest.model.ResourcePostRequest;

/** Writing resources, each in one transaction: adding titles to custom packages, customising, removing, tags. */
public final class ResourceEdits {
  private final Db db;
  private final ResourceService service;
  private final ResourceReader resources;
  private final PackageReader packages;
  private final TitleReader titles;
  private final Proxies proxies;
  private final AccessTypes accessTypes;
  private final TagRepository tags;
  private final TagsWriter tagsWriter;

  public ResourceEdits(Db db, ResourceService service, ResourceReader resources, PackageReader packages, TitleReader titles,
      Proxies proxies, AccessTypes accessTypes, TagRepository tags) {
    this.db = db;
    this.service = service;
    this.resources = resources;
    this.packages = packages;
    this.titles = titles;
    this.proxies = proxies;
    this.accessTypes = accessTypes;
    this.tags = tags;
    this.tagsWriter = new TagsWriter(db, tags);
  }

  /** Adds a title, custom or managed, to a custom package. */
  public Future<Resource> create(String tenant, ResourcePostRequest request) {
    ResourcePostAttributes a = request.getData().getAttributes();
    String titleText = a.getTitleId() == null ? null : String.valueOf(a.getTitleId());
    FieldRules.notEmpty("packageId", a.getPackageId());
    FieldRules.notEmpty("titleId", titleText);
    PackageKey packageKey = RecordIds.pkg(a.getPackageId());
    ResourceKey key = new ResourceKey(packageKey.providerId(), packageKey.packageId(), RecordIds.title(titleText));
    return db.inTransaction(conn -> packages.row(conn, tenant, packageKey, true)
            .compose(pkg -> {
              if (!pkg.custom()) {
                throw new JsonApiError(422, "Invalid PackageId", "Packageid Cannot associate Title with a managed Package");
              }
              return titles.row(conn, tenant, key.titleId(), false);
            })
            .compose(title -> resources.repository().exists(conn, tenant, key.packageId(), key.titleId()).compose(exists -> {
              if (exists) {
                throw new JsonApiError(422, "Invalid Title", "Package already associated with Title");
              }
              JsonObject doc = new JsonObject();
              if (title.custom() && a.getUrl() != null && !a.getUrl().isBlank()) {
                FieldRules.url("url", a.getUrl(), 600);
                doc.put("url", a.getUrl());
              }
              return resources.repository().insert(conn, tenant, key, true, doc);
            }))
            .compose(x -> packages.repository().adjustCounts(conn, tenant, key.packageId(), 1, 1)))
        .compose(x -> service.document(db.pool(), tenant, key, Includes.NONE));
  }

  /** Selects or deselects a resource and sets its customisations; see ResourceInput for what a PUT replaces. */
  public Future<Resource> update(String tenant, String id, ResourcePutRequest request) {
    ResourceKey key = RecordIds.resource(id);
    ResourceInput read = ResourceRules.read(request.getData().getAttributes());
    return db.inTransaction(conn -> packages.repository().lock(conn, tenant, key.packageId())
            .compose(x -> resources.row(conn, tenant, key, true))
            .compose(row -> proxies.repository().rootProxy(conn, tenant).compose(root -> {
              ResourceInput input = row.doc().containsKey("coverageStatement") ? read
                  : read.withoutShownStatement(ManagedValues.managedStatement(row.doc()));
              String inherited = Proxies.effective(row.packageProxyId(), Proxies.effective(row.providerProxyId(), root));
              if (!input.selected()) {
                return deselect(conn, tenant, row, input, inherited);
              }
              return customise(conn, tenant, row, input, inherited);
            })))
        .compose(x -> service.document(db.pool(), tenant, key, Includes.NONE));
  }

  /** Removes a resource from its custom package, and its custom title when no package holds it any more. */
  public Future<Void> delete(String tenant, String id) {
    ResourceKey key = RecordIds.resource(id);
    return db.inTransaction(conn -> packages.repository().lock(conn, tenant, key.packageId())
        .compose(x -> resources.row(conn, tenant, key, true)).compose(row -> {
      if (!row.packageCustom()) {
        throw new JsonApiError(400, "Resource cannot be deleted", "Resource is not in a custom package");
      }
      return resources.repository().delete(conn, tenant, key)
          .compose(x -> packages.repository().adjustCounts(conn, tenant, key.packageId(), -1, row.selected() ? -1 : 0))
          .compose(x -> titles.repository().deleteOrphanCustom(conn, tenant, List.of(key.titleId())))
          .compose(deleted -> tags.deleteAll(conn, tenant, RecordType.RESOURCE, List.of(key.id()))
              .compose(x -> tags.deleteAll(conn, tenant, RecordType.TITLE, deleted.stream().map(String::valueOf).toList())));
    }));
  }

  public Future<EholdingsTags> tags(String tenant, String id, EholdingsTagsRequest request) {
    ResourceKey key = RecordIds.resource(id);
    TagsUpdate update = TagsUpdate.of(request, false);
    return tagsWriter.replace(tenant, RecordType.RESOURCE, key.id(), update, conn -> resources.row(conn, tenant, key, true));
  }

  private Future<Void> deselect(SqlClient conn, String tenant, ResourceRow row, ResourceInput input, String inherited) {
    if (row.packageCustom()) {
      throw FieldRules.invalid("isSelected", "A title in a custom package is always selected: remove it from the package instead");
    }
    if (row.selected()) {
      JsonObject doc = row.doc().copy();
      ResourceRepository.CUSTOMISATIONS.forEach(doc::remove);
      return resources.repository().update(conn, tenant, row.key(), new ResourceChange(false, false, null, null, doc))
          .compose(x -> packages.repository().adjustCounts(conn, tenant, row.packageId(), 0, -1));
    }
    boolean ownProxy = input.requestedProxy() != null && !input.requestedProxy().equalsIgnoreCase(inherited);
    if (input.customises() || ownProxy) {
      throw new JsonApiError(422, "Resource cannot be updated unless added to holdings", null);
    }
    return Future.succeededFuture();
  }

  private Future<Void> customise(SqlClient conn, String tenant, ResourceRow row, ResourceInput input, String inherited) {
    CoverageRules.withinPackage(input.customCoverages(), packageCoverage(row));
    Future<String> proxy = input.requestedProxy() == null ? Future.succeededFuture(null)
        : proxies.ownProxyFor(conn, tenant, input.requestedProxy(), inherited);
    return proxy.compose(proxyId -> accessTypes.resolve(conn, tenant, input.accessTypeId())
            .map(accessTypeId -> new ResourceChange(true, input.hidden(), proxyId, accessTypeId, document(row, input))))
        .compose(change -> resources.repository().update(conn, tenant, row.key(), change))
        .compose(x -> row.selected() ? Future.succeededFuture()
            : packages.repository().adjustCounts(conn, tenant, row.packageId(), 0, 1)
                .compose(y -> packages.repository().markSelected(conn, tenant, row.packageId())));
  }

  private static JsonObject document(ResourceRow row, ResourceInput input) {
    JsonObject doc = row.doc().copy();
    ResourceRepository.CUSTOMISATIONS.forEach(doc::remove);
    if (!input.customCoverages().isEmpty()) {
      JsonArray coverages = new JsonArray();
      input.customCoverages().forEach(c -> coverages.add(new JsonObject().put("beginCoverage", CoverageRules.text(c.begin()))
          .put("endCoverage", CoverageRules.text(c.end()))));
      doc.put("customCoverages", coverages);
    }
    if (input.embargoValue() > 0) {
      doc.put("customEmbargoPeriod", new JsonObject().put("embargoUnit", input.embargoUnit()).put("embargoValue", input.embargoValue()));
    }
    if (input.coverageStatement() != null) {
      doc.put("coverageStatement", input.coverageStatement());
    }
    input.userDefinedFields().forEach(doc::put);
    if (row.title().custom() && input.url() != null) {
      if (input.url().isBlank()) {
        doc.remove("url");
      } else {
        doc.put("url", input.url());
      }
    }
    return doc;
  }

  private static Optional<Coverage> packageCoverage(ResourceRow row) {
    JsonObject stored = row.packageCoverage();
    return stored == null ? Optional.empty()
        : CoverageRules.read(stored.getString("beginCoverage"), stored.getString("endCoverage"));
  }
}

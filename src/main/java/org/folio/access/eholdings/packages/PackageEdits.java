package org.folio.access.eholdings.packages;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import org.folio.access.eholdings.common.ids.PackageKey;
import org.folio.access.eholdings.common.ids.RecordIds;
import org.folio.access.eholdings.common.jsonapi.Includes;
import org.folio.access.eholdings.common.proxy.Proxies;
import org.folio.access.eholdings.common.proxy.ProxyRepository;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.eholdings.common.tags.TagRepository;
import org.folio.access.eholdings.common.tags.TagsUpdate;
import org.folio.access.eholdings.common.tags.TagsWriter;
import org.folio.access.eholdings.providers.ProviderReader;
import org.folio.access.eholdings.resources.ResourceRepository;
import org.folio.access.eholdings.titles.TitleRepository;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.EholdingsTags;
import org.folio.access.rest.model.EholdingsTagsRequest;
import org.folio.access.rest.model.Package;
import org.folio.access.rest.model.PackagePostRequest;
import org.folio.access.rest.model.PackagePutAttributes;
import org.folio.access.rest.model.PackagePutRequest;

/**
 * Writing packages, each in one transaction: creating custom packages, changing packages (selecting or
 * deselecting a managed package selects or deselects all its resources), deleting custom packages.
 */
public final class PackageEdits {
  private final Db db;
  private final PackageService service;
  private final PackageReader packages;
  private final ProviderReader providers;
  private final ProxyRepository proxies;
  private final PackageCustomiser customiser;
  private final ResourceRepository resources;
  private final TitleRepository titles;
  private final TagRepository tags;
  private final TagsWriter tagsWriter;

  public PackageEdits(Db db, PackageService service, PackageReader packages, ProviderReader providers,
      ProxyRepository proxies, PackageCustomiser customiser, ResourceRepository resources, TitleRepository titles,
      TagRepository tags) {
    this.tagsWriter = new TagsWriter(db, tags);
    this.db = db;
    this.service = service;
    this.packages = packages;
    this.providers = providers;
    this.proxies = proxies;
    this.customiser = customiser;
    this.resources = resources;
    this.titles = titles;
    this.tags = tags;
  }

  /** A custom package in the tenant's own provider; answers the package document. */
  public Future<Package> create(String tenant, PackagePostRequest request) {
    PackagePutAttributes attributes = Json.mapper().convertValue(request.getData().getAttributes(), PackagePutAttributes.class);
    PackageInput input = PackageRules.forCreation(attributes);
    String contentType = ContentTypes.find(attributes.getContentType()).orElseThrow();
    return db.inTransaction(conn -> providers.repository().ownProviderId(conn, tenant)
            .compose(providerId -> refuseTakenName(conn, tenant, attributes.getName(), 0)
                .compose(x -> inheritedFromProvider(conn, tenant, providerId))
                .compose(inherited -> customiser.apply(conn, tenant, new PackageChange(attributes.getName().trim(),
                    contentType, true, false, null, null, new JsonObject().put("packageType", "Custom")), input, inherited))
                .compose(change -> packages.repository().insertCustom(conn, tenant, providerId, change))
                .map(id -> new PackageKey(providerId, id))))
        .recover(PackageEdits::duplicateName)
        .compose(key -> service.document(db.pool(), tenant, key, Includes.NONE));
  }

  public Future<Package> update(String tenant, String id, PackagePutRequest request) {
    PackageKey key = RecordIds.pkg(id);
    PackagePutAttributes attributes = request.getData().getAttributes();
    return db.inTransaction(conn -> packages.row(conn, tenant, key, true)
            .compose(row -> {
              if (attributes.getIsCustom() != null && attributes.getIsCustom() != row.custom()) {
                throw new JsonApiError(422, "Package isCustom not matched", null);
              }
              if (row.custom() && attributes.getIsSelected() == null) {
                throw new JsonApiError(400, "Invalid isSelected", "isSelected must not be empty");
              }
              PackageInput input = PackageRules.read(attributes);
              return inheritedFromProvider(conn, tenant, row.providerId())
                  .compose(inherited -> row.custom() ? editCustom(conn, tenant, row, input, inherited)
                      : editManaged(conn, tenant, row, input, inherited));
            }))
        .recover(PackageEdits::duplicateName)
        .compose(x -> service.document(db.pool(), tenant, key, Includes.NONE));
  }

  /** Deletes a custom package, its resources, the custom titles only it held, and their tags. */
  public Future<Void> delete(String tenant, String id) {
    PackageKey key = RecordIds.pkg(id);
    return db.inTransaction(conn -> packages.row(conn, tenant, key, true)
        .compose(row -> {
          if (!row.custom()) {
            throw new JsonApiError(400, "Package cannot be deleted", "Only custom packages can be deleted");
          }
          return resources.titleIds(conn, tenant, row.id());
        })
        .compose(titleIds -> packages.repository().delete(conn, tenant, key.packageId())
            .compose(x -> titles.deleteOrphanCustom(conn, tenant, titleIds))
            .compose(deleted -> forgetTags(conn, tenant, key, titleIds, deleted))));
  }

  /** Replaces the package's tags (name and content type are required in the body). */
  public Future<EholdingsTags> tags(String tenant, String id, EholdingsTagsRequest request) {
    PackageKey key = RecordIds.pkg(id);
    TagsUpdate update = TagsUpdate.of(request, true);
    return tagsWriter.replace(tenant, RecordType.PACKAGE, key.id(), update, conn -> packages.row(conn, tenant, key, true));
  }

  private Future<Void> editCustom(SqlClient conn, String tenant, PackageRow row, PackageInput input, String inherited) {
    PackagePutAttributes a = input.attributes();
    PackageChange change = PackageChange.of(row).withSelected(true);
    if (a.getName() != null) {
      change = change.withName(a.getName().trim());
    }
    if (a.getContentType() != null && !a.getContentType().isBlank()) {
      change = change.withContentType(ContentTypes.find(a.getContentType()).orElseThrow());
    }
    PackageChange named = change;
    return refuseTakenName(conn, tenant, named.name(), row.id())
        .compose(x -> customiser.apply(conn, tenant, named, input, inherited))
        .compose(c -> packages.repository().update(conn, tenant, row.id(), c));
  }

  private Future<Void> editManaged(SqlClient conn, String tenant, PackageRow row, PackageInput input, String inherited) {
    PackagePutAttributes a = input.attributes();
    boolean select = a.getIsSelected() != null ? a.getIsSelected() : row.selected();
    if (!select && row.selected()) {
      return packages.repository().update(conn, tenant, row.id(), PackageCustomiser.cleared(PackageChange.of(row)))
          .compose(x -> resources.deselectAll(conn, tenant, row.id()))
          .compose(x -> packages.repository().recount(conn, tenant, row.id()));
    }
    if (!select) {
      boolean ownProxy = input.requestedProxy() != null && !input.requestedProxy().equalsIgnoreCase(inherited);
      if (input.customises() || ownProxy) {
        throw new JsonApiError(422, "Package cannot be updated unless added to holdings",
            "A package that is not selected cannot carry customisations");
      }
      return Future.succeededFuture();
    }
    PackageChange change = PackageChange.of(row).withSelected(true);
    if (!row.selected() && a.getAllowKbToAddTitles() == null) {
      change.doc().put("allowKbToAddTitles", true);
    }
    boolean selectAll = !row.selected() || Boolean.TRUE.equals(a.getIsFullPackage());
    return customiser.apply(conn, tenant, change, input, inherited)
        .compose(c -> packages.repository().update(conn, tenant, row.id(), c))
        .compose(x -> selectAll ? resources.selectAll(conn, tenant, row.id())
            .compose(y -> packages.repository().recount(conn, tenant, row.id())) : Future.succeededFuture());
  }

  /** The proxy a provider passes down to its packages. */
  private Future<String> inheritedFromProvider(SqlClient conn, String tenant, long providerId) {
    return proxies.rootProxy(conn, tenant).compose(root -> providers.row(conn, tenant, providerId)
        .map(provider -> Proxies.effective(provider.proxyId(), root)));
  }

  private Future<Void> refuseTakenName(SqlClient conn, String tenant, String name, long exceptId) {
    return packages.repository().customNameTaken(conn, tenant, name.trim(), exceptId).map(taken -> {
      if (taken) {
        throw duplicate();
      }
      return null;
    });
  }

  private Future<Void> forgetTags(SqlClient conn, String tenant, PackageKey key, List<Long> titleIds, List<Long> deleted) {
    List<String> resourceIds = new ArrayList<>();
    titleIds.forEach(t -> resourceIds.add(key.id() + "-" + t));
    return tags.deleteAll(conn, tenant, RecordType.PACKAGE, List.of(key.id()))
        .compose(x -> tags.deleteAll(conn, tenant, RecordType.RESOURCE, resourceIds))
        .compose(x -> tags.deleteAll(conn, tenant, RecordType.TITLE, deleted.stream().map(String::valueOf).toList()));
  }

  /** Two custom packages of one name at once: the unique index settles it, with the same answer. */
  private static <T> Future<T> duplicateName(Throwable failure) {
    if (failure instanceof PgException pg && "23505".equals(pg.getSqlState())
        && "packages_custom_name_idx".equals(pg.getConstraint())) {
      return Future.failedFuture(duplicate());
    }
    return Future.failedFuture(failure);
  }

  private static JsonApiError duplicate() {
    return new JsonApiError(400, "Custom Package with the provided name already exists", null);
  }
}

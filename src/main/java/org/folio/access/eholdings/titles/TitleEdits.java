package org.folio.access.eholdings.titles;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.folio.access.eholdings.common.ids.PackageKey;
import org.folio.access.eholdings.common.ids.RecordIds;
import org.folio.access.eholdings.common.ids.ResourceKey;
import org.folio.access.eholdings.common.jsonapi.Includes;
import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.eholdings.packages.PackageReader;
import org.folio.access.eholdings.resources.ResourceRepository;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.Title;
import org.folio.access.rest.model.TitleIncludedResource;
import org.folio.access.rest.model.TitleWriteRequest;

/** Writing custom titles, each in one transaction: a new title with its resource in a custom package; changes. */
public final class TitleEdits {
  static final String DUPLICATE_NAME = "Custom Title with the provided name already exists";
  private final Db db;
  private final TitleService service;
  private final TitleReader titles;
  private final PackageReader packages;
  private final ResourceRepository resources;

  public TitleEdits(Db db, TitleService service, TitleReader titles, PackageReader packages, ResourceRepository resources) {
    this.db = db;
    this.service = service;
    this.titles = titles;
    this.packages = packages;
    this.resources = resources;
  }

  /** A custom title and its resource in the custom package named by included[0].attributes.packageId. */
  public Future<Title> create(String tenant, TitleWriteRequest request) {
    TitleChange title = TitleRules.read(request.getData().getAttributes());
    Map<String, String> fields = TitleRules.userDefinedFields(request.getData().getAttributes());
    PackageKey packageKey = RecordIds.pkg(packageId(request));
    return db.inTransaction(conn -> packages.row(conn, tenant, packageKey, true)
            .compose(pkg -> {
              if (!pkg.custom()) {
                throw new JsonApiError(422, "Invalid PackageId", "Packageid Cannot associate Title with a managed Package");
              }
              return titles.repository().lockCustomName(conn, tenant, title.name());
            })
            .compose(taken -> taken ? Future.failedFuture(new JsonApiError(400, DUPLICATE_NAME, null))
                : titles.repository().insertCustom(conn, tenant, title))
            .compose(titleId -> {
              JsonObject doc = new JsonObject();
              fields.forEach((k, v) -> {
                if (!v.isBlank()) {
                  doc.put(k, v);
                }
              });
              ResourceKey key = new ResourceKey(packageKey.providerId(), packageKey.packageId(), titleId);
              return resources.insert(conn, tenant, key, true, doc)
                  .compose(x -> packages.repository().adjustCounts(conn, tenant, packageKey.packageId(), 1, 1))
                  .map(titleId);
            }))
        .compose(titleId -> service.document(db.pool(), tenant, titleId, Includes.parse("resources")));
  }

  /** Changes a custom title (and the custom label values of its resources, when given); managed titles do not change. */
  public Future<Title> update(String tenant, String id, TitleWriteRequest request) {
    long titleId = RecordIds.title(id);
    TitleChange title = TitleRules.read(request.getData().getAttributes());
    Map<String, String> fields = TitleRules.userDefinedFields(request.getData().getAttributes());
    return db.inTransaction(conn -> titles.row(conn, tenant, titleId, true)
            .compose(row -> {
              if (!row.custom()) {
                throw new JsonApiError(422, "Title cannot be updated", "Only custom titles can be changed");
              }
              return titles.repository().update(conn, tenant, titleId, title);
            })
            .compose(x -> fields.isEmpty() ? Future.succeededFuture() : resources.setFieldsOfTitle(conn, tenant, titleId, fields)))
        .compose(x -> service.document(db.pool(), tenant, titleId, Includes.parse("resources")));
  }

  private static String packageId(TitleWriteRequest request) {
    TitleIncludedResource resource = request.getIncluded() == null || request.getIncluded().isEmpty() ? null
        : request.getIncluded().get(0);
    String packageId = resource == null || resource.getAttributes() == null ? null : resource.getAttributes().getPackageId();
    FieldRules.notEmpty("packageId", packageId);
    return packageId;
  }
}

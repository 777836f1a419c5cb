package org.folio.access.eholdings.titles;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.folio.access.eholdings.common.ids.RecordIds;
import org.folio.access.eholdings.common.ids.ResourceKey;
import org.folio.access.eholdings.packages.PackageChange;
import org.folio.access.eholdings.packages.PackageRepository;
import org.folio.access.eholdings.providers.ProviderRepository;
import org.folio.access.eholdings.resources.ResourceRepository;
import org.folio.access.rest.model.TitleWriteAttributes;

/**
 * The knowledge-base side of e-books the library hosts itself: each is a custom title with its (selected)
 * resource in the custom package "Hosted e-content" of the tenant's own provider, made on first use. Runs in
 * the caller's transaction, with the title rules of custom titles.
 */
public final class HostedTitles {
  public static final String PACKAGE_NAME = "Hosted e-content";
  private final ProviderRepository providers = new ProviderRepository();
  private final PackageRepository packages = new PackageRepository();
  private final TitleRepository titles = new TitleRepository();
  private final ResourceRepository resources = new ResourceRepository();

  /** Adds the title and answers its resource id providerId-packageId-titleId; url is where the resource points. */
  public Future<String> add(SqlClient conn, String tenant, TitleWriteAttributes attributes, String url) {
    TitleChange title = TitleRules.read(attributes);
    return providers.ownProviderId(conn, tenant)
        .compose(providerId -> hostingPackage(conn, tenant)
            .compose(packageId -> titles.insertCustom(conn, tenant, title)
                .map(titleId -> new ResourceKey(providerId, packageId, titleId))))
        .compose(key -> resources.insert(conn, tenant, key, true, new JsonObject().put("url", url))
            .compose(x -> packages.adjustCounts(conn, tenant, key.packageId(), 1, 1))
            .map(key.id()));
  }

  /** Replaces the title's bibliographic data. */
  public Future<Void> update(SqlClient conn, String tenant, String resourceId, TitleWriteAttributes attributes) {
    return titles.update(conn, tenant, RecordIds.resource(resourceId).titleId(), TitleRules.read(attributes));
  }

  /** Takes the resource out of the package, and its title with it. */
  public Future<Void> remove(SqlClient conn, String tenant, String resourceId) {
    ResourceKey key = RecordIds.resource(resourceId);
    return resources.delete(conn, tenant, key)
        .compose(x -> titles.deleteOrphanCustom(conn, tenant, List.of(key.titleId())))
        .compose(x -> packages.adjustCounts(conn, tenant, key.packageId(), -1, -1));
  }

  /** The hosting package, made under a transaction-scoped advisory lock so that two first uploads make one. */
  private Future<Long> hostingPackage(SqlClient conn, String tenant) {
    return conn.preparedQuery("SELECT pg_advisory_xact_lock(hashtext($1))").execute(Tuple.of(tenant + ":" + PACKAGE_NAME))
        .compose(x -> packages.customIdByName(conn, tenant, PACKAGE_NAME))
        .compose(found -> found.isPresent() ? Future.succeededFuture(found.get())
            : providers.ownProviderId(conn, tenant).compose(providerId -> packages.insertCustom(conn, tenant, providerId,
                new PackageChange(PACKAGE_NAME, "E-Book", true, false, null, null,
                    new JsonObject().put("packageType", "Custom")))));
  }
}

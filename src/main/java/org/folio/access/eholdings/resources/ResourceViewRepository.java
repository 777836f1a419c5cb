package org.folio.access.eholdings.resources;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.folio.access.eholdings.EholdingsTenantData;
import org.folio.access.eholdings.common.accesstypes.AccessTypeRepository;
import org.folio.access.eholdings.common.ids.ResourceKey;
import org.folio.access.eholdings.common.proxy.ProxyRepository;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.eholdings.common.tags.TagRepository;
import org.folio.access.eholdings.packages.PackageRepository;
import org.folio.access.eholdings.titles.TitleRepository;
import org.folio.access.platform.db.Schemas;

/**
 * The one statement behind a resource's document: the resource row and what its document and the included package
 * and title need, by primary keys and subqueries, in one round trip (where reading them record by record took eight).
 */
public final class ResourceViewRepository {
  private static final String PACKAGE = "pkg_";
  private static final String ACCESS_TYPE = "at_";

  public Future<Optional<ResourceView>> find(SqlClient client, String tenant, ResourceKey key) {
    return client.preparedQuery(sql(tenant))
        .execute(Tuple.of(key.packageId(), key.titleId(), key.providerId(), EholdingsTenantData.DEFAULT_CREDENTIALS_ID)
            .addString(key.id()).addString(key.providerId() + "-" + key.packageId()).addString(String.valueOf(key.titleId())))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(read(rows.iterator().next())));
  }

  static String sql(String tenant) {
    return "SELECT " + ResourceRepository.fields() + ", " + PackageRepository.fields(PACKAGE) + ", "
        + ProxyRepository.rootProxySql(tenant, "$4") + " AS root_proxy, "
        + TagRepository.arrayOf(tenant, RecordType.RESOURCE, "$5") + " AS resource_tags, "
        + TagRepository.arrayOf(tenant, RecordType.PACKAGE, "$6") + " AS package_tags, "
        + TagRepository.arrayOf(tenant, RecordType.TITLE, "$7") + " AS title_tags, "
        + TitleRepository.selectedSql(tenant, "r.title_id") + " AS title_selected, "
        + AccessTypeRepository.columns(ACCESS_TYPE) + ResourceRepository.from(tenant)
        + " LEFT JOIN " + Schemas.table(tenant, "access_types") + " a ON a.id = r.access_type_id"
        + " WHERE r.package_id = $1 AND r.title_id = $2 AND r.provider_id = $3";
  }

  private static ResourceView read(Row row) {
    return new ResourceView(ResourceRepository.read(row), PackageRepository.read(row, PACKAGE),
        ProxyRepository.rootProxy(row.getString("root_proxy")), tags(row, "resource_tags"), tags(row, "package_tags"),
        tags(row, "title_tags"), row.getBoolean("title_selected"), AccessTypeRepository.read(row, ACCESS_TYPE));
  }

  private static List<String> tags(Row row, String column) {
    String[] tags = row.getArrayOfStrings(column);
    return tags == null ? List.of() : Arrays.asList(tags);
  }
}

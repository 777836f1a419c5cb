package org.folio.access.eholdings.resources;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.folio.access.eholdings.common.ids.ResourceKey;
import org.folio.access.eholdings.common.query.Page;
import org.folio.access.eholdings.common.query.PagedQuery;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.eholdings.titles.TitleRow;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;

/** SQL of resources (alias r) with their title (t), package (k) and provider (pr). */
public final class ResourceRepository {
  /** The document fields of a resource's customisations, which a deselected managed resource loses. */
  static final List<String> CUSTOMISATIONS = List.of("customCoverages", "customEmbargoPeriod", "coverageStatement",
      "visibilityReason", "userDefinedField1", "userDefinedField2", "userDefinedField3", "userDefinedField4", "userDefinedField5");
  static final String CUSTOM_KEYS = "'{" + String.join(",", CUSTOMISATIONS) + "}'::text[]";

  static String from(String tenant) {
    return " FROM " + Schemas.table(tenant, "resources") + " r JOIN " + Schemas.table(tenant, "titles") + " t ON t.id = r.title_id"
        + " JOIN " + Schemas.table(tenant, "packages") + " k ON k.id = r.package_id"
        + " JOIN " + Schemas.table(tenant, "providers") + " pr ON pr.id = r.provider_id";
  }

  static String columns(String tenant) {
    return "SELECT " + fields() + from(tenant);
  }

  /** The select list of a resource with what it shows of its title, package and provider, as {@link #read} reads it. */
  static String fields() {
    return "r.package_id, r.provider_id, r.is_selected, r.is_hidden, r.proxy_id, r.access_type_id,"
        + " r.jsonb::text AS doc, t.id AS title_id, t.name AS title_name, t.publication_type, t.publisher_name,"
        + " t.is_custom AS title_custom, t.jsonb::text AS title_doc, k.name AS package_name, k.content_type,"
        + " k.is_custom AS package_custom, k.proxy_id AS package_proxy_id, (k.jsonb->'customCoverage')::text AS package_coverage,"
        + " pr.name AS provider_name, pr.proxy_id AS provider_proxy_id";
  }

  public Future<Optional<ResourceRow>> find(SqlClient client, String tenant, ResourceKey key, boolean forUpdate) {
    return client.preparedQuery(columns(tenant) + " WHERE r.package_id = $1 AND r.title_id = $2 AND r.provider_id = $3"
            + (forUpdate ? " FOR UPDATE OF r" : ""))
        .execute(Tuple.of(key.packageId(), key.titleId(), key.providerId()))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(read(rows.iterator().next())));
  }

  /** The resources of the keys that exist. */
  public Future<List<ResourceRow>> byKeys(SqlClient client, String tenant, List<ResourceKey> keys) {
    if (keys.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return client.preparedQuery(columns(tenant) + " WHERE (r.provider_id, r.package_id, r.title_id) IN"
            + " (SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]))")
        .execute(Tuple.tuple().addArrayOfLong(keys.stream().map(ResourceKey::providerId).toArray(Long[]::new))
            .addArrayOfLong(keys.stream().map(ResourceKey::packageId).toArray(Long[]::new))
            .addArrayOfLong(keys.stream().map(ResourceKey::titleId).toArray(Long[]::new)))
        .map(ResourceRepository::readAll);
  }

  /** Every resource of the titles, in package name order. */
  public Future<List<ResourceRow>> ofTitles(SqlClient client, String tenant, List<Long> titleIds) {
    return client.preparedQuery(columns(tenant) + " WHERE r.title_id = ANY($1) ORDER BY lower(k.name), k.id")
        .execute(Tuple.tuple().addArrayOfLong(titleIds.toArray(Long[]::new))).map(ResourceRepository::readAll);
  }

  public Future<Page<ResourceRow>> page(SqlClient client, String tenant, String where, String order, SqlParams params,
      Paging paging) {
    String sql = columns(tenant).replace("SELECT ", "SELECT count(*) OVER () AS total, ") + " WHERE " + where
        + " ORDER BY " + order + paging.limitOffset();
    String count = "SELECT count(*) AS n FROM (SELECT r.title_id" + from(tenant) + " WHERE " + where + " ORDER BY " + order + ") c";
    return PagedQuery.run(client, sql, count, params, paging, ResourceRepository::read);
  }

  public Future<Boolean> exists(SqlClient client, String tenant, long packageId, long titleId) {
    return client.preparedQuery("SELECT 1 FROM " + Schemas.table(tenant, "resources") + " WHERE package_id = $1 AND title_id = $2")
        .execute(Tuple.of(packageId, titleId)).map(rows -> rows.size() > 0);
  }

  public Future<Void> insert(SqlClient client, String tenant, ResourceKey key, boolean selected, JsonObject doc) {
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "resources")
            + " (package_id, title_id, provider_id, is_selected, jsonb) VALUES ($1, $2, $3, $4, $5" + Jsonb.CAST + ")")
        .execute(Tuple.of(key.packageId(), key.titleId(), key.providerId(), selected, doc.encode())).mapEmpty();
  }

  public Future<Void> update(SqlClient client, String tenant, ResourceKey key, ResourceChange change) {
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "resources") + " SET is_selected = $3, is_hidden = $4,"
            + " proxy_id = $5, access_type_id = $6, jsonb = $7" + Jsonb.CAST + " WHERE package_id = $1 AND title_id = $2")
        .execute(Tuple.of(key.packageId(), key.titleId(), change.selected(), change.hidden(), change.proxyId(),
            change.accessTypeId(), change.doc().encode()))
        .mapEmpty();
  }

  /** Sets custom label values on every resource of a title; empty text removes one. */
  public Future<Void> setFieldsOfTitle(SqlClient client, String tenant, long titleId, java.util.Map<String, String> fields) {
    JsonObject set = new JsonObject();
    List<String> removed = new ArrayList<>();
    fields.forEach((k, v) -> {
      if (v.isBlank()) {
        removed.add(k);
      } else {
        set.put(k, v);
      }
    });
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "resources") + " SET jsonb = (jsonb - $2::text[]) || $3"
            + Jsonb.CAST + " WHERE title_id = $1")
        .execute(Tuple.tuple().addLong(titleId).addArrayOfString(removed.toArray(String[]::new)).addString(set.encode()))
        .mapEmpty();
  }

  public Future<Void> delete(SqlClient client, String tenant, ResourceKey key) {
    return client.preparedQuery("DELETE FROM " + Schemas.table(tenant, "resources") + " WHERE package_id = $1 AND title_id = $2")
        .execute(Tuple.of(key.packageId(), key.titleId())).mapEmpty();
  }

  /** Title ids of the package's resources. */
  public Future<List<Long>> titleIds(SqlClient client, String tenant, long packageId) {
    return client.preparedQuery("SELECT title_id FROM " + Schemas.table(tenant, "resources") + " WHERE package_id = $1")
        .execute(Tuple.of(packageId)).map(rows -> {
          List<Long> ids = new ArrayList<>();
          rows.forEach(row -> ids.add(row.getLong("title_id")));
          return ids;
        });
  }

  /** Selects every resource of the package. */
  public Future<Void> selectAll(SqlClient client, String tenant, long packageId) {
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "resources") + " SET is_selected = true"
            + " WHERE package_id = $1 AND NOT is_selected")
        .execute(Tuple.of(packageId)).mapEmpty();
  }

  /** Deselects every resource of the package; they lose their customisations. */
  public Future<Void> deselectAll(SqlClient client, String tenant, long packageId) {
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "resources") + " SET is_selected = false,"
            + " is_hidden = false, proxy_id = NULL, access_type_id = NULL, jsonb = jsonb - " + CUSTOM_KEYS
            + " WHERE package_id = $1 AND (is_selected OR is_hidden OR proxy_id IS NOT NULL OR access_type_id IS NOT NULL"
            + " OR jsonb ?| " + CUSTOM_KEYS + ")")
        .execute(Tuple.of(packageId)).mapEmpty();
  }

  static List<ResourceRow> readAll(RowSet<Row> rows) {
    List<ResourceRow> list = new ArrayList<>();
    rows.forEach(row -> list.add(read(row)));
    return list;
  }

  static ResourceRow read(Row row) {
    TitleRow title = new TitleRow(row.getLong("title_id"), row.getString("title_name"), row.getString("publication_type"),
        row.getString("publisher_name"), row.getBoolean("title_custom"), new JsonObject(row.getString("title_doc")));
    String coverage = row.getString("package_coverage");
    return new ResourceRow(row.getLong("package_id"), row.getLong("provider_id"), row.getBoolean("is_selected"),
        row.getBoolean("is_hidden"), row.getString("proxy_id"), row.getUUID("access_type_id"),
        new JsonObject(row.getString("doc")), title, row.getString("package_name"), row.getString("content_type"),
        row.getBoolean("package_custom"), row.getString("package_proxy_id"),
        coverage == null || !coverage.startsWith("{") ? null : new JsonObject(coverage),
        row.getString("provider_name"), row.getString("provider_proxy_id"));
  }
}

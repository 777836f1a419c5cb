package org.folio.access.eholdings.sample;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Package;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Title;
import org.folio.access.platform.db.Schemas;

/**
 * Writes the sample set-based: one multi-row insert per table (unnest of arrays), each skipping rows that are
 * there already (ON CONFLICT DO NOTHING on the natural keys), then reads back the ids by those keys.
 */
final class SampleRepository {

  /** Managed providers by key. */
  Future<Map<String, Long>> providers(SqlClient conn, String tenant, List<SampleKnowledgeBase.Provider> providers) {
    String[] names = strings(providers, SampleKnowledgeBase.Provider::name);
    String[] keys = strings(providers, SampleKnowledgeBase.Provider::key);
    String table = Schemas.table(tenant, "providers");
    return conn.preparedQuery("INSERT INTO " + table + " (name, external_key, jsonb) SELECT n, k, '{\"supportsCustomPackages\": false}'"
            + " FROM unnest($1::text[], $2::text[]) AS u (n, k) ON CONFLICT (external_key) WHERE external_key IS NOT NULL DO NOTHING")
        .execute(Tuple.tuple().addArrayOfString(names).addArrayOfString(keys))
        .compose(x -> conn.preparedQuery("SELECT id, external_key AS ref FROM " + table + " WHERE external_key = ANY($1)")
            .execute(Tuple.tuple().addArrayOfString(keys)))
        .map(SampleRepository::ids);
  }

  Future<Long> ownProvider(SqlClient conn, String tenant) {
    return conn.query("SELECT id FROM " + Schemas.table(tenant, "providers") + " WHERE is_own").execute()
        .map(rows -> rows.iterator().next().getLong("id"));
  }

  /** Managed packages by key. */
  Future<Map<String, Long>> managedPackages(SqlClient conn, String tenant, List<Package> packages, Map<String, Long> providers) {
    Long[] providerIds = packages.stream().map(p -> providers.get(p.providerKey())).toArray(Long[]::new);
    String[] keys = strings(packages, Package::key);
    String table = Schemas.table(tenant, "packages");
    return conn.preparedQuery("INSERT INTO " + table + " (provider_id, name, content_type, is_custom, is_selected, external_key, jsonb)"
            + " SELECT p, n, c, false, s, k, d::jsonb FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bool[], $5::text[], $6::text[])"
            + " AS u (p, n, c, s, k, d) ON CONFLICT (provider_id, external_key) WHERE external_key IS NOT NULL DO NOTHING")
        .execute(Tuple.tuple().addArrayOfLong(providerIds).addArrayOfString(strings(packages, Package::name))
            .addArrayOfString(strings(packages, Package::contentType)).addArrayOfBoolean(booleans(packages, Package::selected))
            .addArrayOfString(keys).addArrayOfString(strings(packages, Package::document)))
        .compose(x -> conn.preparedQuery("SELECT k.id, k.external_key AS ref FROM " + table + " k JOIN unnest($1::bigint[], $2::text[])"
                + " AS u (p, e) ON k.provider_id = u.p AND k.external_key = u.e")
            .execute(Tuple.tuple().addArrayOfLong(providerIds).addArrayOfString(keys)))
        .map(SampleRepository::ids);
  }

  /** Custom packages of the own provider that did not exist yet, by name: only these get their titles. */
  Future<Map<String, Long>> newCustomPackages(SqlClient conn, String tenant, List<Package> packages, long ownProvider) {
    return conn.preparedQuery("INSERT INTO " + Schemas.table(tenant, "packages")
            + " (provider_id, name, content_type, is_custom, is_selected, jsonb)"
            + " SELECT $1, n, c, true, true, d::jsonb FROM unnest($2::text[], $3::text[], $4::text[]) AS u (n, c, d)"
            + " ON CONFLICT (lower(name)) WHERE is_custom DO NOTHING RETURNING id, name AS ref")
        .execute(Tuple.tuple().addLong(ownProvider).addArrayOfString(strings(packages, Package::name))
            .addArrayOfString(strings(packages, Package::contentType)).addArrayOfString(strings(packages, Package::document)))
        .map(SampleRepository::ids);
  }

  /** Managed titles by key (existing ones are kept as they are), or new custom titles by name. */
  Future<Map<String, Long>> titles(SqlClient conn, String tenant, List<Title> titles, boolean custom) {
    String table = Schemas.table(tenant, "titles");
    String[] refs = strings(titles, Title::ref);
    Tuple values = Tuple.tuple().addArrayOfString(strings(titles, Title::name))
        .addArrayOfString(strings(titles, Title::publicationType)).addArrayOfString(strings(titles, Title::publisherName))
        .addArrayOfString(strings(titles, t -> String.join(" ", t.isxn()))).addArrayOfString(strings(titles, Title::subjects))
        .addArrayOfString(strings(titles, Title::externalKey)).addArrayOfString(strings(titles, Title::document));
    String insert = "INSERT INTO " + table + " (name, publication_type, publisher_name, is_custom, isxn, subjects, external_key, jsonb)"
        + " SELECT n, t, p, " + custom + ", string_to_array(i, ' '), s, k, d::jsonb"
        + " FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u (n, t, p, i, s, k, d)";
    if (custom) {
      return conn.preparedQuery(insert + " RETURNING id, name AS ref").execute(values).map(SampleRepository::ids);
    }
    return conn.preparedQuery(insert + " ON CONFLICT (external_key) WHERE external_key IS NOT NULL DO NOTHING").execute(values)
        .compose(x -> conn.preparedQuery("SELECT id, external_key AS ref FROM " + table + " WHERE external_key = ANY($1)")
            .execute(Tuple.tuple().addArrayOfString(refs)))
        .map(SampleRepository::ids);
  }

  /** Resources (package id, title id, provider id, selected, document); existing ones are kept. */
  Future<Void> resources(SqlClient conn, String tenant, Long[] packageIds, Long[] titleIds, Long[] providerIds,
      Boolean[] selected, String[] documents) {
    return conn.preparedQuery("INSERT INTO " + Schemas.table(tenant, "resources")
            + " (package_id, title_id, provider_id, is_selected, jsonb) SELECT k, t, p, s, d::jsonb"
            + " FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bool[], $5::text[]) AS u (k, t, p, s, d)"
            + " ON CONFLICT (package_id, title_id) DO NOTHING")
        .execute(Tuple.tuple().addArrayOfLong(packageIds).addArrayOfLong(titleIds).addArrayOfLong(providerIds)
            .addArrayOfBoolean(selected).addArrayOfString(documents))
        .mapEmpty();
  }

  /** Sets title_count and selected_count of the packages from their resources. */
  Future<Void> countTitles(SqlClient conn, String tenant, Long[] packageIds) {
    return conn.preparedQuery("UPDATE " + Schemas.table(tenant, "packages") + " k SET title_count = c.n, selected_count = c.s"
            + " FROM (SELECT package_id, count(*) AS n, count(*) FILTER (WHERE is_selected) AS s FROM "
            + Schemas.table(tenant, "resources") + " WHERE package_id = ANY($1) GROUP BY package_id) c WHERE k.id = c.package_id")
        .execute(Tuple.tuple().addArrayOfLong(packageIds)).mapEmpty();
  }

  Future<Void> tags(SqlClient conn, String tenant, String[] types, String[] recordIds, String[] tags) {
    return conn.preparedQuery("INSERT INTO " + Schemas.table(tenant, "record_tags") + " (record_type, record_id, tag)"
            + " SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING")
        .execute(Tuple.tuple().addArrayOfString(types).addArrayOfString(recordIds).addArrayOfString(tags)).mapEmpty();
  }

  private static Map<String, Long> ids(io.vertx.sqlclient.RowSet<Row> rows) {
    Map<String, Long> ids = new HashMap<>();
    rows.forEach(row -> ids.put(row.getString("ref"), row.getLong("id")));
    return ids;
  }

  private static <T> String[] strings(List<T> items, Function<T, String> field) {
    return items.stream().map(field).toArray(String[]::new);
  }

  private static <T> Boolean[] booleans(List<T> items, Function<T, Boolean> field) {
    return items.stream().map(field).toArray(Boolean[]::new);
  }
}

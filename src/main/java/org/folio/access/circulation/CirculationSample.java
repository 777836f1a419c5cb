package org.folio.access.circulation;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.folio.access.platform.db.Schemas;

/**
 * Demo circulation (loadSample=true), so that a newcomer sees it work at once: the first twelve selected sample
 * resources become lendable (one copy, three copies or unlimited, in turn), three sample patrons have loans, and
 * two wait in the hold queue of a one-copy book. Idempotent: ids are derived from the resource and patron, and
 * copies in use are recounted from the loans and ready holds.
 */
final class CirculationSample {
  /** The sample patrons (X-Okapi-User-Id to use in the README's examples). */
  static final String[] PATRONS = {"0f3a4c2e-5d61-4b7a-9e8f-1a2b3c4d5e01", "0f3a4c2e-5d61-4b7a-9e8f-1a2b3c4d5e02",
      "0f3a4c2e-5d61-4b7a-9e8f-1a2b3c4d5e03"};

  private CirculationSample() {}

  static Future<Void> load(SqlConnection conn, String tenant) {
    String lendables = Schemas.table(tenant, "econtent_lendables");
    String loans = Schemas.table(tenant, "econtent_loans");
    String holds = Schemas.table(tenant, "econtent_holds");
    // each lendable as its kind (c = one copy, t = three copies, u = unlimited) and its rank within the kind
    String sample = "SELECT resource_id, CASE WHEN license_model = 'unlimited' THEN 'u' WHEN copies = 1 THEN 'c' ELSE 't' END AS kind,"
        + " row_number() OVER (PARTITION BY license_model, copies ORDER BY resource_id) AS n FROM " + lendables;
    Tuple patrons = Tuple.of(PATRONS[0], PATRONS[1], PATRONS[2]);
    return conn.query("INSERT INTO " + lendables + " (resource_id, provider_id, package_id, title_id, license_model, copies,"
            + " media_type, formats, source)"
            + " SELECT r.provider_id || '-' || r.package_id || '-' || r.title_id, r.provider_id, r.package_id, r.title_id,"
            + "   CASE n % 3 WHEN 2 THEN 'unlimited' ELSE 'one-copy-one-user' END, CASE n % 3 WHEN 0 THEN 1 WHEN 1 THEN 3 ELSE 0 END,"
            + "   'ebook', '[{\"type\":\"epub\",\"drm\":\"adobe-acs\"},{\"type\":\"pdf\",\"drm\":\"none\"}]', '{\"type\":\"local\"}'"
            + " FROM (SELECT r.*, row_number() OVER (ORDER BY r.title_id, r.package_id) - 1 AS n"
            + "   FROM " + Schemas.table(tenant, "resources") + " r WHERE r.is_selected ORDER BY r.title_id, r.package_id LIMIT 12) r"
            + " ON CONFLICT DO NOTHING").execute()
        .compose(x -> conn.preparedQuery("INSERT INTO " + loans + " (id, resource_id, patron_id, due_date)"
            + " SELECT md5(s.resource_id || p.patron)::uuid, s.resource_id, p.patron::uuid, now() + interval '14 days'"
            + " FROM (" + sample + ") s JOIN (VALUES ($1::text, 'c', 1), ($1, 'u', 1), ($2::text, 't', 1), ($3::text, 'c', 2)) AS p (patron, kind, n)"
            + " ON p.kind = s.kind AND p.n = s.n"
            + " ON CONFLICT DO NOTHING").execute(patrons))
        .compose(x -> conn.preparedQuery("INSERT INTO " + holds + " (id, resource_id, patron_id, status)"
            + " SELECT md5('hold' || s.resource_id || p.patron)::uuid, s.resource_id, p.patron::uuid, 'waiting'"
            + " FROM (" + sample + ") s JOIN (VALUES ($1::text, 'c', 1), ($2::text, 'c', 1)) AS p (patron, kind, n) ON p.kind = s.kind AND p.n = s.n"
            + " ON CONFLICT DO NOTHING").execute(Tuple.of(PATRONS[1], PATRONS[2])))
        .compose(x -> conn.query("UPDATE " + lendables + " l SET copies_in_use ="
            + " (SELECT count(*) FROM " + loans + " o WHERE o.resource_id = l.resource_id AND o.status = 'open')"
            + " + (SELECT count(*) FROM " + holds + " h WHERE h.resource_id = l.resource_id AND h.status = 'ready')"
            + " WHERE l.license_model <> 'unlimited'").execute())
        .mapEmpty();
  }
}

package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.folio.access.circulation.Rows;
import org.folio.access.platform.db.Schemas;

/**
 * econtent_vendor_titles (the account's catalog), the lendables made from it, and the catalog columns of
 * econtent_vendors. Batches are set-based: one statement per batch, rows that did not change not written.
 */
public final class CatalogRepository {
  /** Lendable formats by media type and DRM (ebooks: Adobe ACS; audio: zip when DRM-free, else the vendor's). */
  private static final String FORMATS = "CASE WHEN t.media_type = 'ebook' THEN '[{\"type\": \"acsm\", \"drm\": \"adobe-acs\"}]'::jsonb"
      + " WHEN t.drm THEN '[{\"type\": \"mp3\", \"drm\": \"vendor\"}]'::jsonb"
      + " ELSE '[{\"type\": \"zip\", \"drm\": \"none\"}, {\"type\": \"mp3\", \"drm\": \"none\"}]'::jsonb END";

  /** Adds or changes titles; answers how many were new or changed. */
  public Future<Integer> upsert(SqlClient client, String tenant, UUID vendorId, List<CatalogTitle> titles) {
    if (titles.isEmpty()) {
      return Future.succeededFuture(0);
    }
    int n = titles.size();
    String[] isbn = new String[n];
    String[] key = new String[n];
    String[] name = new String[n];
    String[] authors = new String[n];
    String[] publisher = new String[n];
    String[] media = new String[n];
    String[] audience = new String[n];
    String[] genre = new String[n];
    Boolean[] drm = new Boolean[n];
    Boolean[] owned = new Boolean[n];
    Boolean[] available = new Boolean[n];
    for (int i = 0; i < n; i++) {
      CatalogTitle t = titles.get(i);
      isbn[i] = t.isbn();
      key[i] = t.titleKey();
      name[i] = t.title();
      authors[i] = t.authors();
      publisher[i] = t.publisher();
      media[i] = t.mediaType();
      audience[i] = t.audience();
      genre[i] = t.genre();
      drm[i] = t.drm();
      owned[i] = t.owned();
      available[i] = t.available();
    }
    String table = titles(tenant);
    return client.preparedQuery("INSERT INTO " + table + " AS c (vendor_id, isbn, title_key, title, authors, publisher,"
            + " media_type, audience, genre, drm, owned, available)"
            + " SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],"
            + " $9::text[], $10::bool[], $11::bool[], $12::bool[])"
            + " ON CONFLICT (vendor_id, isbn) DO UPDATE SET title_key = EXCLUDED.title_key, title = EXCLUDED.title,"
            + " authors = EXCLUDED.authors, publisher = EXCLUDED.publisher, media_type = EXCLUDED.media_type,"
            + " audience = EXCLUDED.audience, genre = EXCLUDED.genre, drm = EXCLUDED.drm, owned = EXCLUDED.owned,"
            + " available = EXCLUDED.available, updated_at = now()"
            + " WHERE (c.title_key, c.title, c.authors, c.publisher, c.media_type, c.audience, c.genre, c.drm, c.owned, c.available)"
            + " IS DISTINCT FROM (EXCLUDED.title_key, EXCLUDED.title, EXCLUDED.authors, EXCLUDED.publisher, EXCLUDED.media_type,"
            + " EXCLUDED.audience, EXCLUDED.genre, EXCLUDED.drm, EXCLUDED.owned, EXCLUDED.available)")
        .execute(Tuple.tuple().addUUID(vendorId).addArrayOfString(isbn).addArrayOfString(key).addArrayOfString(name)
            .addArrayOfString(authors).addArrayOfString(publisher).addArrayOfString(media).addArrayOfString(audience)
            .addArrayOfString(genre).addArrayOfBoolean(drm).addArrayOfBoolean(owned).addArrayOfBoolean(available))
        .map(rows -> rows.rowCount());
  }

  public Future<Integer> remove(SqlClient client, String tenant, UUID vendorId, List<String> isbns) {
    if (isbns.isEmpty()) {
      return Future.succeededFuture(0);
    }
    return client.preparedQuery("DELETE FROM " + titles(tenant) + " WHERE vendor_id = $1 AND isbn = ANY($2)")
        .execute(Tuple.tuple().addUUID(vendorId).addArrayOfString(isbns.toArray(String[]::new))).map(rows -> rows.rowCount());
  }

  /** Sets availability where it changed; answers how many changed. */
  public Future<Integer> availability(SqlClient client, String tenant, UUID vendorId, String[] isbns, Boolean[] available) {
    return client.preparedQuery("UPDATE " + titles(tenant) + " c SET available = u.a, updated_at = now()"
            + " FROM unnest($2::text[], $3::bool[]) AS u (i, a)"
            + " WHERE c.vendor_id = $1 AND c.isbn = u.i AND c.available IS DISTINCT FROM u.a")
        .execute(Tuple.tuple().addUUID(vendorId).addArrayOfString(isbns).addArrayOfBoolean(available))
        .map(rows -> rows.rowCount());
  }

  /** The e-books and e-audiobooks of the catalog as KBART title lines (monographs with their ISBN), by key. */
  public Future<List<String>> kbartLines(SqlClient client, String tenant, UUID vendorId) {
    return client.preparedQuery("SELECT concat_ws(E'\\t', " + clean("title") + ", isbn, " + clean("authors") + ", isbn, "
            + clean("publisher") + ", 'monograph') AS line FROM " + titles(tenant)
            + " WHERE vendor_id = $1 AND media_type <> 'emagazine' ORDER BY title_key")
        .execute(Tuple.of(vendorId)).map(rows -> Rows.each(rows, r -> r.getString("line")));
  }

  /** A text column with tabs and line breaks made spaces (a KBART value), empty when null. */
  private static String clean(String column) {
    return "translate(coalesce(" + column + ", ''), E'\\t\\r\\n', '   ')";
  }

  /** The KBART header of kbartLines. */
  public static String kbartHeader() {
    return "publication_title\tonline_identifier\tfirst_author\ttitle_id\tpublisher_name\tpublication_type";
  }

  /**
   * Owned titles of the package become vendor lendables (unlimited here: the vendor decides availability);
   * existing ones follow the catalog's media type and DRM. Answers how many were made or changed.
   */
  public Future<Integer> makeLendables(SqlClient client, String tenant, UUID vendorId, long packageId) {
    String lendables = Schemas.table(tenant, "econtent_lendables");
    return client.preparedQuery("INSERT INTO " + lendables + " AS l (resource_id, provider_id, package_id, title_id,"
            + " license_model, copies, media_type, formats, source)"
            + " SELECT r.provider_id || '-' || r.package_id || '-' || r.title_id, r.provider_id, r.package_id, r.title_id,"
            + " 'unlimited', 0, t.media_type, " + FORMATS + ","
            + " jsonb_build_object('type', 'vendor', 'vendorId', $1::uuid::text, 'itemId', t.isbn)"
            + " FROM " + titles(tenant) + " t JOIN " + Schemas.table(tenant, "titles") + " ti ON ti.external_key = t.title_key"
            + " JOIN " + Schemas.table(tenant, "resources") + " r ON r.title_id = ti.id AND r.package_id = $2"
            + " WHERE t.vendor_id = $1 AND t.owned AND t.media_type <> 'emagazine'"
            + " ON CONFLICT (resource_id) DO UPDATE SET media_type = EXCLUDED.media_type, formats = EXCLUDED.formats,"
            + " source = EXCLUDED.source, updated_at = now()"
            + " WHERE (l.media_type, l.formats, l.source) IS DISTINCT FROM (EXCLUDED.media_type, EXCLUDED.formats, EXCLUDED.source)")
        .execute(Tuple.of(vendorId, packageId)).map(rows -> rows.rowCount());
  }

  /**
   * Vendor lendables of the account whose title left the catalog, or is no longer owned, go; those that ever
   * had a loan or hold stay (their history refers to them) and are refused by the vendor from then on.
   */
  public Future<Integer> dropLendables(SqlClient client, String tenant, UUID vendorId) {
    return client.preparedQuery("DELETE FROM " + Schemas.table(tenant, "econtent_lendables") + " l"
            + " WHERE l.source->>'type' = 'vendor' AND l.source->>'vendorId' = $2"
            + " AND NOT EXISTS (SELECT 1 FROM " + titles(tenant) + " t WHERE t.vendor_id = $1 AND t.isbn = l.source->>'itemId'"
            + "   AND t.owned AND t.media_type <> 'emagazine')"
            + " AND NOT EXISTS (SELECT 1 FROM " + Schemas.table(tenant, "econtent_loans") + " o WHERE o.resource_id = l.resource_id)"
            + " AND NOT EXISTS (SELECT 1 FROM " + Schemas.table(tenant, "econtent_holds") + " h WHERE h.resource_id = l.resource_id)"
            + " AND NOT EXISTS (SELECT 1 FROM " + Schemas.table(tenant, "econtent_group_loans") + " g WHERE g.resource_id = l.resource_id)")
        .execute(Tuple.of(vendorId, vendorId.toString())).map(rows -> rows.rowCount());
  }

  /** The whole catalog was asked of the vendor and stored: never again unless forced; deltas start today. */
  public Future<Void> fetched(SqlClient client, String tenant, UUID vendorId) {
    return vendors(client, tenant, "catalog_imported_at = now(), delta_until = (now() AT TIME ZONE 'UTC')::date", Tuple.of(vendorId));
  }

  /** The managed package that holds the account's catalog. */
  public Future<Void> published(SqlClient client, String tenant, UUID vendorId, long providerId, long packageId) {
    return vendors(client, tenant, "provider_id = $2, package_id = $3", Tuple.of(vendorId, providerId, packageId));
  }

  public Future<Void> deltaApplied(SqlClient client, String tenant, UUID vendorId, LocalDate until) {
    return vendors(client, tenant, "delta_until = $2", Tuple.of(vendorId, until));
  }

  private Future<Void> vendors(SqlClient client, String tenant, String set, Tuple values) {
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "econtent_vendors") + " SET " + set + " WHERE id = $1")
        .execute(values).mapEmpty();
  }

  /** When the whole catalog was last imported (null: never) and how far deltas are applied. */
  public record State(java.time.OffsetDateTime importedAt, LocalDate deltaUntil) {}

  public Future<State> state(SqlClient client, String tenant, UUID vendorId) {
    return client.preparedQuery("SELECT catalog_imported_at, delta_until FROM " + Schemas.table(tenant, "econtent_vendors")
            + " WHERE id = $1")
        .execute(Tuple.of(vendorId))
        .map(rows -> rows.size() == 0 ? new State(null, null)
            : new State(rows.iterator().next().getOffsetDateTime("catalog_imported_at"), rows.iterator().next().getLocalDate("delta_until")));
  }

  private static String titles(String tenant) {
    return Schemas.table(tenant, "econtent_vendor_titles");
  }
}

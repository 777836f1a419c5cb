package org.folio.access.circulation.lendables;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.folio.access.circulation.Document;
import org.folio.access.platform.cql.CqlField;
import org.folio.access.platform.cql.CqlFields;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.EcontentFormat;
import org.folio.access.rest.model.EcontentLendable;

/** econtent_lendables: the licence and the copy count that checkouts take from atomically. */
public final class LendableRepository {
  private static final String COLUMNS = "resource_id, license_model, copies, copies_in_use, checkouts_remaining,"
      + " (license_expires <= now() OR (license_model = 'metered' AND checkouts_remaining <= 0)) IS TRUE AS ended,"
      + " media_type, formats::text AS formats, source->>'type' AS source_type";
  /**
   * The columns {@link #lendableOf} reads, of the lendable aliased `l`, for a statement that joins it with
   * other tables (only resource_id needs the alias).
   */
  public static final String COLUMNS_OF_L = COLUMNS.replace("resource_id,", "l.resource_id,");
  private static final TypeReference<List<EcontentFormat>> FORMATS = new TypeReference<>() {};
  private static final int DECODED_FORMATS_LIMIT = 256;
  private static final java.util.Map<String, List<EcontentFormat>> DECODED_FORMATS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.keyword("resourceId", "resource_id"),
      CqlField.keyword("licenseModel", "license_model"),
      CqlField.keyword("mediaType", "media_type"),
      CqlField.number("copies", "copies"),
      CqlField.dateTime("licenseExpires", "license_expires"),
      CqlField.text("sourceType", "source_type")).withDefault("resourceId");

  /** A stored lendable and whether this PUT created it. */
  public record Saved(EcontentLendable lendable, boolean created) {}

  public Future<Optional<Lendable>> find(SqlClient client, String tenant, String resourceId) {
    return select(client, tenant, resourceId, "");
  }

  /** The lendable, locked until the transaction ends: hold queue changes of one lendable go one at a time. */
  public Future<Optional<Lendable>> lock(SqlClient client, String tenant, String resourceId) {
    return select(client, tenant, resourceId, " FOR UPDATE");
  }

  private Future<Optional<Lendable>> select(SqlClient client, String tenant, String resourceId, String lock) {
    return client.preparedQuery("SELECT " + COLUMNS + " FROM " + Schemas.table(tenant, "econtent_lendables")
            + " WHERE resource_id = $1" + lock)
        .execute(Tuple.of(resourceId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(lendable(rows.iterator().next())));
  }

  /** The lendable of a loan (pipelined with the loan's lock, so that a relayed loan is known at once). */
  public Future<Optional<Lendable>> ofLoan(SqlClient client, String tenant, java.util.UUID loanId) {
    return ofRecord(client, tenant, "econtent_loans", loanId);
  }

  /** The lendable of a hold (see ofLoan). */
  public Future<Optional<Lendable>> ofHold(SqlClient client, String tenant, java.util.UUID holdId) {
    return ofRecord(client, tenant, "econtent_holds", holdId);
  }

  private Future<Optional<Lendable>> ofRecord(SqlClient client, String tenant, String table, java.util.UUID id) {
    return client.preparedQuery(ofRecordSql(tenant, table))
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(lendable(rows.iterator().next())));
  }

  private static String ofRecordSql(String tenant, String table) {
    return "SELECT " + COLUMNS_OF_L + " FROM "
        + Schemas.table(tenant, "econtent_lendables") + " l JOIN " + Schemas.table(tenant, table)
        + " r ON r.resource_id = l.resource_id WHERE r.id = $1";
  }

  public Future<Optional<Document>> document(SqlClient client, String tenant, String resourceId) {
    return client.preparedQuery("SELECT " + Schemas.table(tenant, "econtent_lendable_doc") + "(l)::text AS doc FROM "
            + Schemas.table(tenant, "econtent_lendables") + " l WHERE resource_id = $1")
        .execute(Tuple.of(resourceId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(new Document(resourceId, rows.iterator().next().getString("doc"))));
  }

  /** Creates or replaces the licence; the copies in use are kept. */
  public Future<Saved> save(SqlClient client, String tenant, ResourceId id, EcontentLendable doc, OffsetDateTime expires) {
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "econtent_lendables") + " AS l"
            + " (resource_id, provider_id, package_id, title_id, license_model, copies, checkouts_remaining, license_expires,"
            + " media_type, formats, source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10" + Jsonb.CAST + ", $11" + Jsonb.CAST + ")"
            + " ON CONFLICT (resource_id) DO UPDATE SET license_model = EXCLUDED.license_model, copies = EXCLUDED.copies,"
            + " checkouts_remaining = EXCLUDED.checkouts_remaining, license_expires = EXCLUDED.license_expires,"
            + " media_type = EXCLUDED.media_type, formats = EXCLUDED.formats, source = EXCLUDED.source, updated_at = now()"
            + " RETURNING (xmax = 0) AS created, " + Schemas.table(tenant, "econtent_lendable_doc") + "(l)::text AS doc")
        .execute(Tuple.tuple().addString(id.toString()).addLong(id.providerId()).addLong(id.packageId()).addLong(id.titleId())
            .addString(doc.getLicenseModel().value()).addInteger(doc.getCopies()).addInteger(doc.getCheckoutsRemaining())
            .addOffsetDateTime(expires).addString(doc.getMediaType().value())
            .addString(Jsonb.write(doc.getFormats())).addString(Jsonb.write(doc.getSource())))
        .map(rows -> {
          Row row = rows.iterator().next();
          return new Saved(Jsonb.read(row, "doc", EcontentLendable.class), row.getBoolean("created"));
        });
  }

  /** Sets the copies in use to what the loans and reservations say (after a licence change). */
  public Future<Void> recount(SqlClient client, String tenant, String resourceId) {
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "econtent_lendables") + " SET copies_in_use ="
            + " (SELECT count(*) FROM " + Schemas.table(tenant, "econtent_loans") + " WHERE resource_id = $1 AND status = 'open')"
            + " + (SELECT count(*) FROM " + Schemas.table(tenant, "econtent_holds") + " WHERE resource_id = $1 AND status = 'ready')"
            + " WHERE resource_id = $1")
        .execute(Tuple.of(resourceId)).mapEmpty();
  }

  /**
   * Takes a copy if one is free and the licence allows a checkout (a metered one spends one): true when
   * taken. One atomic conditional UPDATE, so concurrent checkouts never take more copies than there are.
   */
  public Future<Boolean> takeCopy(SqlClient client, String tenant, String resourceId) {
    return client.preparedQuery(takeCopySql(tenant, "$1")).execute(Tuple.of(resourceId)).map(rows -> rows.rowCount() == 1);
  }

  /**
   * takeCopy as a part of a larger statement (a CTE), the resource id in the parameter `resourceParam`: it
   * returns one row (license_expires) when it took a copy, none otherwise.
   */
  public static String takingCopy(String tenant, String resourceParam) {
    return takeCopySql(tenant, resourceParam) + " RETURNING license_expires";
  }

  private static String takeCopySql(String tenant, String resourceParam) {
    return "UPDATE " + Schemas.table(tenant, "econtent_lendables") + " SET copies_in_use = copies_in_use + 1,"
        + " checkouts_remaining = checkouts_remaining - CASE WHEN license_model = 'metered' THEN 1 ELSE 0 END"
        + " WHERE resource_id = " + resourceParam + " AND copies_in_use < copies"
        + " AND (license_model <> 'metered' OR checkouts_remaining > 0)"
        + " AND (license_expires IS NULL OR license_expires > now())";
  }

  /** Sets a free copy aside (for a reservation) without spending a checkout: true when there was one. */
  public Future<Boolean> occupyCopy(SqlClient client, String tenant, String resourceId) {
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "econtent_lendables") + " SET copies_in_use = copies_in_use + 1"
            + " WHERE resource_id = $1 AND copies_in_use < copies")
        .execute(Tuple.of(resourceId)).map(rows -> rows.rowCount() == 1);
  }

  /** Spends one checkout of a metered licence for a copy already held (a collected reservation, a renewal). */
  public Future<Boolean> spendCheckout(SqlClient client, String tenant, String resourceId) {
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "econtent_lendables")
            + " SET checkouts_remaining = checkouts_remaining - 1"
            + " WHERE resource_id = $1 AND license_model = 'metered' AND checkouts_remaining > 0")
        .execute(Tuple.of(resourceId)).map(rows -> rows.rowCount() == 1);
  }

  /** Gives a copy back to the free pool. */
  public Future<Void> releaseCopy(SqlClient client, String tenant, String resourceId) {
    return client.preparedQuery(releasingCopy(tenant, "$1")).execute(Tuple.of(resourceId)).mapEmpty();
  }

  /** releaseCopy as a part of a larger statement (a CTE, which may add conditions), the resource id in `resource`. */
  public static String releasingCopy(String tenant, String resource) {
    return "UPDATE " + Schemas.table(tenant, "econtent_lendables")
        + " SET copies_in_use = copies_in_use - 1 WHERE resource_id = " + resource + " AND copies_in_use > 0";
  }

  /** Ends the licence now and takes its copies away (content that is gone); loan and hold history stays. */
  public Future<Void> retire(SqlClient client, String tenant, String resourceId) {
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "econtent_lendables")
            + " SET copies = 0, copies_in_use = 0, license_expires = now(), updated_at = now() WHERE resource_id = $1")
        .execute(Tuple.of(resourceId)).mapEmpty();
  }

  public Future<CqlCollection.Page> page(SqlClient client, String tenant, String cql, long offset, long limit) {
    return new CqlCollection(Schemas.table(tenant, "econtent_lendable_view"), FIELDS, "resource_id")
        .fetch(client, cql, offset, limit);
  }

  /** The lendable of a row with the COLUMNS_OF_L columns (empty when an outer join found none). */
  public static Optional<Lendable> lendableOf(Row row) {
    return row.getString("resource_id") == null ? Optional.empty() : Optional.of(lendable(row));
  }

  private static Lendable lendable(Row row) {
    Integer remaining = row.getInteger("checkouts_remaining");
    return new Lendable(row.getString("resource_id"), row.getString("license_model"), row.getInteger("copies"),
        row.getInteger("copies_in_use"), remaining, row.getBoolean("ended"), row.getString("media_type"),
        decodeFormats(row.getString("formats")), row.getString("source_type"));
  }

  /**
   * The formats of a stored text, decoded once per distinct text (lendables share a few format lists, and every
   * checkout and return reads one): the list and its formats are shared, read-only.
   */
  static List<EcontentFormat> decodeFormats(String json) {
    List<EcontentFormat> known = DECODED_FORMATS.get(json);
    if (known != null) {
      return known;
    }
    List<EcontentFormat> formats;
    try {
      formats = List.copyOf(Json.mapper().readValue(json, FORMATS));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Stored formats do not fit the schema", e);
    }
    if (DECODED_FORMATS.size() >= DECODED_FORMATS_LIMIT) {
      DECODED_FORMATS.clear();
    }
    DECODED_FORMATS.put(json, formats);
    return formats;
  }
}

package org.folio.access.stacks.items;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import org.folio.access.circulation.Document;
import org.folio.access.platform.cql.CqlField;
import org.folio.access.platform.cql.CqlFields;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;
import org.folio.access.rest.model.StacksItem;

/** stacks_items: one row per item; its API document is built by SQL (stacks_item_doc). */
public final class ItemRepository {
  private static final String ROW = "id, work_id, location_type, description, access_status, ils_record_number,"
      + " ils_location_code, status_id";
  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.text("id", "id"),
      CqlField.text("workId", "work_id"),
      CqlField.text("title", "title"),
      anyLocation("locationType", "$[*].locationType.id"),
      anyLocation("description", "$[*].description.id"),
      anyLocation("accessStatus", "$[*].accessConditions[*].status.id"),
      anyLocation("shelfmark", "$[*].shelfmark"),
      CqlField.text("ilsLocation", "ils_location_code"),
      CqlField.text("ilsRecordNumber", "ils_record_number"),
      CqlField.text("status", "status_id"),
      CqlField.dateTime("dueDate", "due_date"),
      CqlField.dateTime("updatedDate", "updated_at"));

  /** A field any of whose values in the item's locations (a JSON path into them) may match. */
  private static CqlField anyLocation(String name, String path) {
    return CqlField.anyOf(name, "jsonb_path_query(locations, '" + path + "') AS l(v)", "(l.v #>> '{}')");
  }

  /** An item and its ILS record number. */
  public record IlsRecord(String id, String recordNumber) {}

  /** Items with an ILS record number after the given id, in id order (the status sync's batches). */
  public Future<java.util.List<IlsRecord>> ilsRecords(SqlClient client, String tenant, String afterId, int limit) {
    return client.preparedQuery("SELECT id, ils_record_number FROM " + items(tenant) + " WHERE id > $1"
            + " AND ils_record_number IS NOT NULL ORDER BY id LIMIT $2")
        .execute(Tuple.of(afterId, limit))
        .map(rows -> org.folio.access.circulation.Rows.each(rows, r -> new IlsRecord(r.getString("id"), r.getString("ils_record_number"))));
  }

  /**
   * The ILS's statuses of items by their record numbers, in one statement; only items whose status, label or due
   * date differ are written. How many were.
   */
  public Future<Integer> syncStatuses(SqlClient client, String tenant, java.util.Map<String, ItemStatus> byRecord) {
    java.util.List<String> records = java.util.List.copyOf(byRecord.keySet());
    return client.preparedQuery("UPDATE " + items(tenant) + " AS i SET status_id = u.code, status_label = u.label,"
            + " due_date = u.due, updated_at = now()"
            + " FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) AS u (rec, code, label, due)"
            + " WHERE i.ils_record_number = u.rec"
            + " AND (i.status_id, i.status_label, i.due_date) IS DISTINCT FROM (u.code, u.label, u.due)")
        .execute(Tuple.of(records.toArray(String[]::new),
            records.stream().map(r -> byRecord.get(r).id()).toArray(String[]::new),
            records.stream().map(r -> byRecord.get(r).label()).toArray(String[]::new),
            records.stream().map(r -> byRecord.get(r).dueDate()).toArray(java.time.OffsetDateTime[]::new)))
        .map(rows -> rows.rowCount());
  }

  /** A stored item document and whether the write created it. */
  public record Written(Document document, boolean created) {}

  /** Creates or replaces the descriptive part of an item; status and due date are kept (the ILS's). */
  public Future<Written> upsert(SqlClient client, String tenant, String id, StacksItem item) {
    String ils = item.getIlsLocation() == null ? null : item.getIlsLocation().getCode();
    String ilsName = item.getIlsLocation() == null ? null : item.getIlsLocation().getName();
    return client.preparedQuery("INSERT INTO " + items(tenant) + " AS i (id, work_id, title, copy, locations,"
            + " ils_record_number, ils_location_code, ils_location_name, opac_message, author, isbns, issns) VALUES ($1, $2, $3, $4, $5"
            + Jsonb.CAST + ", $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO UPDATE SET work_id = EXCLUDED.work_id,"
            + " author = EXCLUDED.author, isbns = EXCLUDED.isbns, issns = EXCLUDED.issns,"
            + " title = EXCLUDED.title, copy = EXCLUDED.copy, locations = EXCLUDED.locations,"
            + " ils_record_number = EXCLUDED.ils_record_number, ils_location_code = EXCLUDED.ils_location_code,"
            + " ils_location_name = EXCLUDED.ils_location_name, opac_message = EXCLUDED.opac_message, updated_at = now()"
            + " RETURNING " + doc(tenant) + ", (xmax = 0) AS created")
        .execute(Tuple.from(new Object[] {id, item.getWorkId(), item.getTitle(), item.getCopy(),
            Jsonb.write(item.getLocations()), item.getIlsRecordNumber(), ils, ilsName, item.getOpacMessage(), item.getAuthor(),
            strings(item.getIsbns()), strings(item.getIssns())}))
        .map(rows -> {
          Row row = rows.iterator().next();
          return new Written(new Document(id, row.getString("doc")), row.getBoolean("created"));
        });
  }

  /**
   * The one place an item's realtime status changes (ILS status, due date; later a consortium lending).
   * Empty when there is no such item.
   */
  public Future<Optional<Document>> changeStatus(SqlClient client, String tenant, String id, ItemStatus status) {
    return client.preparedQuery("UPDATE " + items(tenant) + " AS i SET status_id = $2, status_label = $3, due_date = $4,"
            + " updated_at = now() WHERE id = $1 RETURNING " + doc(tenant))
        .execute(Tuple.of(id, status.id(), status.label(), status.dueDate()))
        .map(rows -> rows.size() == 0 ? Optional.<Document>empty()
            : Optional.of(new Document(id, rows.iterator().next().getString("doc"))));
  }

  public Future<Optional<Document>> find(SqlClient client, String tenant, String id) {
    return client.preparedQuery("SELECT " + doc(tenant) + " FROM " + items(tenant) + " i WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.<Document>empty()
            : Optional.of(new Document(id, rows.iterator().next().getString("doc"))));
  }

  /** The item's row, locked for a change of it (deletion) until the transaction ends. */
  public Future<Optional<ItemRow>> lock(SqlClient client, String tenant, String id) {
    return select(client, tenant, id, " FOR UPDATE");
  }

  /** The item's row, kept from changing (deletion, re-import) until the transaction ends; readers do not wait. */
  public Future<Optional<ItemRow>> share(SqlClient client, String tenant, String id) {
    return select(client, tenant, id, " FOR SHARE");
  }

  private Future<Optional<ItemRow>> select(SqlClient client, String tenant, String id, String lock) {
    return client.preparedQuery("SELECT " + ROW + " FROM " + items(tenant) + " WHERE id = $1" + lock)
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.<ItemRow>empty() : Optional.of(row(rows.iterator().next())));
  }

  /** The item with this ILS record number, if the module knows it. */
  public Future<Optional<ItemRow>> byIlsRecord(SqlClient client, String tenant, String recordNumber) {
    return client.preparedQuery("SELECT " + ROW + " FROM " + items(tenant) + " WHERE ils_record_number = $1")
        .execute(Tuple.of(recordNumber))
        .map(rows -> rows.size() == 0 ? Optional.<ItemRow>empty() : Optional.of(row(rows.iterator().next())));
  }

  /** ILS record number -> item id, for the record numbers the module knows (one statement for any number). */
  public Future<java.util.Map<String, String>> idsByIlsRecords(SqlClient client, String tenant, java.util.List<String> numbers) {
    return client.preparedQuery("SELECT ils_record_number, id FROM " + items(tenant) + " WHERE ils_record_number = ANY($1)")
        .execute(Tuple.of(numbers.toArray(String[]::new)))
        .map(rows -> {
          java.util.Map<String, String> ids = new java.util.HashMap<>();
          rows.forEach(r -> ids.put(r.getString("ils_record_number"), r.getString("id")));
          return ids;
        });
  }

  /** What merging a range of staged item lines did: items created and updated, lines rejected (JSON [{line, reason}]). */
  public record Merged(int created, int updated, int rejectedCount, String rejected) {}

  /**
   * Maps and merges the staged item lines of an import in a range, set-based: the location type from the first
   * bib location code that maps (a physical type before online), the description and access status from the
   * first matching rule, status and due date as the ILS says. Items of unknown works, or whose bib locations map
   * to no type, are rejected with the reason. Re-imported items are updated in place.
   */
  public Future<Merged> mergeStaged(SqlClient client, String tenant, java.util.UUID importId, int fromLine, int toLine) {
    return client.preparedQuery(ImportMergeSql.items(tenant)).execute(Tuple.of(importId, fromLine, toLine)).map(rows -> {
      Row r = rows.iterator().next();
      return new Merged(r.getLong("created").intValue(), r.getLong("updated").intValue(), r.getLong("rejected_count").intValue(),
          r.getString("rejected"));
    });
  }

  public Future<Boolean> delete(SqlClient client, String tenant, String id) {
    return client.preparedQuery("DELETE FROM " + items(tenant) + " WHERE id = $1").execute(Tuple.of(id))
        .map(rows -> rows.rowCount() == 1);
  }

  public Future<CqlCollection.Page> page(SqlClient client, String tenant, String cql, long offset, long limit) {
    return new CqlCollection(Schemas.table(tenant, "stacks_item_view"), FIELDS, "id").fetch(client, cql, offset, limit);
  }

  /** What a consortium publishes of an item: its bibliographic keys, first location and realtime status. */
  public record CatalogRow(String id, String workId, String title, String author, java.util.List<String> isbns,
      java.util.List<String> issns, String locationType, String accessStatus, String statusId) {}

  private static final String CATALOG = "SELECT id, work_id, title, author, isbns, issns, location_type, access_status, status_id FROM ";

  /** The catalog rows of these items (those that exist). */
  public Future<java.util.List<CatalogRow>> catalog(SqlClient client, String tenant, java.util.List<String> ids) {
    return client.preparedQuery(CATALOG + items(tenant) + " WHERE id = ANY($1)").execute(Tuple.of(ids.toArray(String[]::new)))
        .map(ItemRepository::catalogRows);
  }

  /** The next page of catalog rows by id, after the given id. */
  public Future<java.util.List<CatalogRow>> catalogAfter(SqlClient client, String tenant, String afterId, int limit) {
    return client.preparedQuery(CATALOG + items(tenant) + " WHERE id > $1 ORDER BY id LIMIT $2").execute(Tuple.of(afterId, limit))
        .map(ItemRepository::catalogRows);
  }

  private static java.util.List<CatalogRow> catalogRows(io.vertx.sqlclient.RowSet<Row> rows) {
    java.util.List<CatalogRow> all = new java.util.ArrayList<>();
    for (Row r : rows) {
      all.add(new CatalogRow(r.getString("id"), r.getString("work_id"), r.getString("title"), r.getString("author"),
          java.util.Arrays.asList(r.getArrayOfStrings("isbns")), java.util.Arrays.asList(r.getArrayOfStrings("issns")),
          r.getString("location_type"), r.getString("access_status"), r.getString("status_id")));
    }
    return all;
  }

  private static String[] strings(java.util.List<String> values) {
    return values == null ? new String[0] : values.toArray(String[]::new);
  }

  static String items(String tenant) {
    return Schemas.table(tenant, "stacks_items");
  }

  private static String doc(String tenant) {
    return Schemas.table(tenant, "stacks_item_doc") + "(i)::text AS doc";
  }

  private static ItemRow row(Row r) {
    return new ItemRow(r.getString("id"), r.getString("work_id"), r.getString("location_type"), r.getString("description"),
        r.getString("access_status"), r.getString("ils_record_number"), r.getString("ils_location_code"), r.getString("status_id"));
  }
}

package org.folio.access.ill.consortium.exchange;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/** SQL of consortium_holding, the published holdings index. Searches see only the caller's accepted partners. */
final class HoldingsIndex {
  private static final String H = Schemas.PLATFORM + ".consortium_holding";
  private static final String DOC = "jsonb_strip_nulls(jsonb_build_object('id', h.id, 'tenant', h.tenant, 'itemId', h.item_id,"
      + " 'workId', h.work_id, 'title', h.title, 'author', h.author, 'identifiers', to_jsonb(h.identifiers),"
      + " 'locationType', h.location_type, 'accessStatus', h.access_status, 'lendable', h.lendable,"
      + " 'available', h.available AND h.reserved_by IS NULL))";
  static final int HOLDINGS_SHOWN = 100;

  Future<Void> publish(SqlClient conn, String tenant, List<PublishedItem> items) {
    if (items.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> rows = new ArrayList<>();
    for (PublishedItem i : items) {
      rows.add(Tuple.from(new Object[] {tenant, i.itemId(), i.workId(), i.title(), i.author(),
          i.identifiers().toArray(String[]::new), i.words().toArray(String[]::new), i.locationType(), i.accessStatus(),
          i.lendable(), i.available()}));
    }
    return conn.preparedQuery("INSERT INTO " + H + " AS h (id, tenant, item_id, work_id, title, author, identifiers, words,"
            + " location_type, access_status, lendable, available) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
            + " ON CONFLICT (tenant, item_id) DO UPDATE SET work_id = EXCLUDED.work_id, title = EXCLUDED.title,"
            + " author = EXCLUDED.author, identifiers = EXCLUDED.identifiers, words = EXCLUDED.words,"
            + " location_type = EXCLUDED.location_type, access_status = EXCLUDED.access_status, lendable = EXCLUDED.lendable,"
            + " available = EXCLUDED.available, updated_at = now()")
        .executeBatch(rows).mapEmpty();
  }

  /** Removes items from the index; a copy held by a lending request stays (not lendable, not available) until it ends. */
  Future<Void> withdraw(SqlClient conn, String tenant, List<String> itemIds) {
    if (itemIds.isEmpty()) {
      return Future.succeededFuture();
    }
    Tuple t = Tuple.tuple().addString(tenant).addArrayOfString(itemIds.toArray(String[]::new));
    return conn.preparedQuery("DELETE FROM " + H + " WHERE tenant = $1 AND item_id = ANY($2) AND reserved_by IS NULL").execute(t)
        .compose(x -> conn.preparedQuery("UPDATE " + H + " SET lendable = false, available = false, updated_at = now()"
            + " WHERE tenant = $1 AND item_id = ANY($2)").execute(t))
        .mapEmpty();
  }

  Future<Integer> count(SqlClient conn, String tenant) {
    return conn.preparedQuery("SELECT count(*) FROM " + H + " WHERE tenant = $1").execute(Tuple.of(tenant))
        .map(rows -> rows.iterator().next().getLong(0).intValue());
  }

  Future<FindAnswer> find(SqlClient conn, String tenant, FindQuery q) {
    String match = q.byIdentifiers() ? "h.identifiers && $2" : "h.words @> $2";
    String[] keys = (q.byIdentifiers() ? q.identifiers() : q.words()).toArray(String[]::new);
    String sql = "WITH p AS (" + Agreements.rotaOf("$1") + "),"
        + " m AS MATERIALIZED (SELECT h.*, p.position FROM " + H + " h JOIN p ON p.tenant = h.tenant WHERE " + match + "),"
        + " o AS (SELECT * FROM m WHERE tenant <> $1)"
        + " SELECT (SELECT coalesce(array_agg(tenant ORDER BY pos, tenant), '{}') FROM (SELECT tenant, min(position) pos FROM o"
        + "   WHERE lendable AND available AND reserved_by IS NULL GROUP BY tenant) l) AS lenders,"
        + " (SELECT coalesce(array_agg(tenant ORDER BY pos, tenant), '{}') FROM (SELECT tenant, min(position) pos FROM o GROUP BY tenant) a) AS holders,"
        + " EXISTS (SELECT 1 FROM m WHERE tenant = $1) AS local, (SELECT count(*) FROM o) AS total,"
        + " (SELECT coalesce(jsonb_agg(d ORDER BY position, id), '[]')::text FROM (SELECT " + DOC + " AS d, h.position, h.id FROM o h"
        + "   ORDER BY h.position, h.id LIMIT " + HOLDINGS_SHOWN + ") x) AS holdings";
    return conn.preparedQuery(sql).execute(Tuple.tuple().addString(tenant).addArrayOfString(keys)).map(rows -> {
      Row r = rows.iterator().next();
      List<String> lenders = Arrays.asList(r.getArrayOfStrings("lenders"));
      List<String> onSite = Arrays.stream(r.getArrayOfStrings("holders")).filter(t -> !lenders.contains(t)).toList();
      return new FindAnswer(lenders, onSite, r.getBoolean("local"), r.getLong("total").intValue(), new JsonArray(r.getString("holdings")));
    });
  }

  Future<Optional<JsonObject>> holding(SqlClient conn, String tenant, UUID id) {
    return conn.preparedQuery("SELECT " + DOC + "::text AS d FROM " + H + " h WHERE h.id = $2 AND h.tenant IN ("
            + Agreements.partnersOf("$1") + ")")
        .execute(Tuple.of(tenant, id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(new JsonObject(rows.iterator().next().getString("d"))));
  }

  /** A reserved copy: the holding, the lender's item and its title. */
  record Reserved(UUID holdingId, String itemId, String title) {}

  /**
   * Reserves one lendable, available, free copy at the lender that matches, for the request; empty when there is
   * none (or the only ones are being reserved by someone else right now). The partial unique index on reserved_by
   * and the `reserved_by IS NULL` re-check make one copy serve one request.
   */
  Future<Optional<Reserved>> reserve(SqlClient conn, String borrower, String lender, FindQuery q, UUID requestId) {
    String match = q.byIdentifiers() ? "identifiers && $3" : "words @> $3";
    String[] keys = (q.byIdentifiers() ? q.identifiers() : q.words()).toArray(String[]::new);
    return conn.preparedQuery("UPDATE " + H + " SET reserved_by = $4, updated_at = now() WHERE id = (SELECT id FROM " + H
            + " WHERE tenant = $2 AND " + match + " AND lendable AND available AND reserved_by IS NULL AND tenant IN ("
            + Agreements.partnersOf("$1") + ") ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) AND reserved_by IS NULL"
            + " RETURNING id, item_id, title")
        .execute(Tuple.of(borrower, lender, keys, requestId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(new Reserved(rows.iterator().next().getUUID("id"),
            rows.iterator().next().getString("item_id"), rows.iterator().next().getString("title"))));
  }

  Future<Void> release(SqlClient conn, UUID requestId) {
    return conn.preparedQuery("UPDATE " + H + " SET reserved_by = NULL, updated_at = now() WHERE reserved_by = $1")
        .execute(Tuple.of(requestId)).mapEmpty();
  }
}

package org.folio.access.platform.db;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.folio.access.platform.cql.CqlException;
import org.folio.access.platform.cql.CqlFields;
import org.folio.access.platform.cql.CqlToSql;
import org.folio.access.platform.cql.SqlFilter;
import org.folio.access.platform.errors.ApiError;

/**
 * The one way a collection GET reads a JSONB table: CQL (whitelisted fields, values bound) -> a page of
 * documents as JSON text plus the total count. Invalid CQL is a 400 naming the query parameter.
 */
public final class CqlCollection {
  /** invalid_regular_expression, invalid_escape_sequence, invalid_escape_character. */
  private static final Set<String> PATTERN_ERRORS = Set.of("2201B", "22025", "22019");
  private final String table;
  private final CqlFields fields;
  private final String defaultOrder;

  /** table is schema-qualified; defaultOrder applies when the query has no sortBy (keeps paging stable). */
  public CqlCollection(String table, CqlFields fields, String defaultOrder) {
    this.table = table;
    this.fields = fields;
    this.defaultOrder = defaultOrder;
  }

  /** A page of stored documents and how many match in all. */
  public record Page(List<String> documents, long totalRecords) {}

  public Future<Page> fetch(SqlClient client, String cql, long offset, long limit) {
    return fetch(client, cql, offset, limit, null, null);
  }

  /** As fetch, with one more condition on a column (e.g. the calling patron), bound as a parameter. */
  public Future<Page> fetch(SqlClient client, String cql, long offset, long limit, String column, Object value) {
    SqlFilter filter;
    try {
      filter = CqlToSql.translate(cql == null || cql.isBlank() ? "cql.allRecords=1" : cql, fields, 1);
    } catch (CqlException e) {
      return Future.failedFuture(ApiError.badRequest("INVALID_QUERY", "Invalid CQL query: " + e.getMessage(), "query", cql));
    }
    List<Object> params = new ArrayList<>(filter.params());
    String where = filter.where();
    if (column != null) {
      params.add(value);
      where = "(" + where + ") AND " + column + " = $" + params.size();
    }
    String order = filter.orderBy().isEmpty() ? defaultOrder : filter.orderBy() + ", " + defaultOrder;
    String page = "SELECT jsonb::text AS doc FROM " + table + " WHERE " + where + " ORDER BY " + order
        + " LIMIT " + limit + " OFFSET " + offset;
    String count = "SELECT count(*) AS n FROM " + table + " WHERE " + where;
    Tuple tuple = Tuple.wrap(params);
    return client.preparedQuery(page).execute(tuple).compose(rows -> {
      List<String> docs = new ArrayList<>();
      rows.forEach(row -> docs.add(row.getString("doc")));
      return client.preparedQuery(count).execute(tuple)
          .map(n -> new Page(docs, n.iterator().next().getLong("n")));
    }).recover(e -> Future.failedFuture(unmatchable(e, cql)));
  }

  /**
   * A term PostgreSQL cannot turn into a pattern (a regular expression or LIKE pattern that
   * folding made invalid) is the query's fault: 400, not 500.
   */
  private static Throwable unmatchable(Throwable e, String cql) {
    if (e instanceof PgException pg && PATTERN_ERRORS.contains(String.valueOf(pg.getSqlState()))) {
      return ApiError.badRequest("INVALID_QUERY", "Invalid CQL query: a search term cannot be"
          + " matched as written (" + pg.getErrorMessage() + ")", "query", cql);
    }
    return e;
  }
}

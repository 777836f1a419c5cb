package org.folio.access.eholdings.common.query;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a page query whose rows carry count(*) OVER () AS total; only when the page is empty past the
 * first does it count separately (the window count needs at least one row).
 */
public final class PagedQuery {
  private PagedQuery() {}

  public static <T> Future<Page<T>> run(SqlClient client, String pageSql, String countSql, SqlParams params,
      Paging paging, Function<Row, T> reader) {
    return client.preparedQuery(pageSql).execute(params.tuple()).compose(rows -> {
      List<T> list = new ArrayList<>();
      long total = 0;
      for (Row row : rows) {
        list.add(reader.apply(row));
        total = row.getLong("total");
      }
      if (!list.isEmpty() || paging.offset() == 0) {
        return Future.succeededFuture(new Page<>(list, total));
      }
      return client.preparedQuery(countSql).execute(params.tuple())
          .map(n -> new Page<>(list, n.iterator().next().getLong("n")));
    });
  }
}

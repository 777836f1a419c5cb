package org.folio.access.eholdings.titles;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import org.folio.access.rest.model.TitlePackageFacet;

/** Runs the statements of a title search. */
public final class TitleSearchRepository {
  /** How many matching titles the search counts; beyond, totalResults says this many and facets count these. */
  public static final int COUNT_CAP = 5_000;
  private static final int FACET_PACKAGES = 100;

  /** The size of the matching set (at most COUNT_CAP + 1) and the packages holding most of it. */
  public record Stats(long matching, List<TitlePackageFacet> facets) {}

  public Future<List<TitleRow>> page(SqlClient client, TitleSearch search, org.folio.access.eholdings.common.query.Paging paging) {
    TitleSearch.Statement page = search.page(paging);
    return client.preparedQuery(page.sql()).execute(page.params().tuple()).map(rows -> {
      List<TitleRow> list = new ArrayList<>();
      rows.forEach(row -> list.add(TitleRepository.read(row)));
      return list;
    });
  }

  public Future<Stats> stats(SqlClient client, TitleSearch search) {
    TitleSearch.Statement stats = search.stats(COUNT_CAP, FACET_PACKAGES);
    return client.preparedQuery(stats.sql()).execute(stats.params().tuple()).map(rows -> {
      long total = 0;
      List<TitlePackageFacet> facets = new ArrayList<>();
      for (Row row : rows) {
        total = row.getLong("total");
        if (row.getLong("package_id") != null) {
          facets.add(new TitlePackageFacet().withId(row.getLong("package_id")).withName(row.getString("package_name"))
              .withCount(Math.toIntExact(row.getLong("n"))));
        }
      }
      return new Stats(total, facets);
    });
  }
}

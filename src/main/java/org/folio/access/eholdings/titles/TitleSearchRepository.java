package org.folio.access.eholdings.titles;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.rest.model.TitlePackageFacet;

/** Runs the statement of a title search. */
public final class TitleSearchRepository {
  /** How many matching titles the search counts; beyond, totalResults says this many and facets count these. */
  public static final int COUNT_CAP = 5_000;
  private static final int FACET_PACKAGES = 100;

  /** The page's titles, the size of the matching set (at most COUNT_CAP + 1) and the packages holding most of it. */
  public record Found(List<TitleRow> titles, long matching, List<TitlePackageFacet> facets) {}

  public Future<Found> search(SqlClient client, TitleSearch search, Paging paging) {
    TitleSearch.Statement statement = search.statement(paging, COUNT_CAP, FACET_PACKAGES);
    return client.preparedQuery(statement.sql()).execute(statement.params().tuple()).map(rows -> {
      List<TitleRow> titles = new ArrayList<>();
      long matching = 0;
      List<TitlePackageFacet> facets = List.of();
      for (Row row : rows) {
        if (titles.isEmpty()) {
          matching = row.getLong("total");
          facets = facets(row.getString("facets"));
        }
        if (row.getLong("id") != null) {
          titles.add(TitleRepository.read(row));
        }
      }
      return new Found(titles, matching, facets);
    });
  }

  /** [[packageId, name, count], ...] as the statement aggregates them; null when no title is in a package. */
  private static List<TitlePackageFacet> facets(String json) {
    List<TitlePackageFacet> facets = new ArrayList<>();
    if (json != null) {
      new JsonArray(json).forEach(f -> {
        JsonArray facet = (JsonArray) f;
        facets.add(new TitlePackageFacet().withId(facet.getLong(0)).withName(facet.getString(1))
            .withCount(facet.getInteger(2)));
      });
    }
    return facets;
  }
}

package org.folio.access.stacks.works;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.StacksAggregations;
import org.folio.access.rest.model.StacksBucket;
import org.folio.access.rest.model.StacksItem;
import org.folio.access.rest.model.StacksWork;
import org.folio.access.rest.model.StacksWorkCollection;

/** Works search: a page of works with their items, the total, and the aggregations over the whole result. */
public final class WorkSearchService {
  private final Db db;
  private final WorkRepository works;

  public WorkSearchService(Db db, WorkRepository works) {
    this.db = db;
    this.works = works;
  }

  public Future<StacksWorkCollection> search(String tenant, WorkSearch search) {
    return works.search(db.pool(), tenant, search).map(found -> answer(search, found));
  }

  private static StacksWorkCollection answer(WorkSearch search, WorkRepository.Found found) {
    List<StacksWork> page = new ArrayList<>();
    for (Row row : found.page()) {
      page.add(new StacksWork().withId(row.getString("id")).withTitle(row.getString("title")).withType("Work")
          .withItems(List.of(Json.decode(row.getString("items"), StacksItem[].class))));
    }
    long total = 0;
    Map<String, List<StacksBucket>> buckets = new LinkedHashMap<>();
    search.aggregations().forEach(name -> buckets.put(name, new ArrayList<>()));
    for (Row row : found.counts()) {
      String agg = row.getString("agg");
      if ("total".equals(agg)) {
        total = row.getLong("n");
      } else {
        buckets.get(agg).add(new StacksBucket().withValue(row.getString("v")).withCount(row.getLong("n").intValue()));
      }
    }
    StacksWorkCollection answer = new StacksWorkCollection().withWorks(page).withTotalRecords((int) Math.min(total, Integer.MAX_VALUE));
    if (!buckets.isEmpty()) {
      answer.setAggregations(new StacksAggregations().withLocationType(buckets.get("locationType"))
          .withDescription(buckets.get("description")).withAccessStatus(buckets.get("accessStatus")));
    }
    return answer;
  }
}

package org.folio.access.eholdings.titles;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.folio.access.eholdings.common.ids.RecordIds;
import org.folio.access.eholdings.common.jsonapi.Includes;
import org.folio.access.eholdings.common.jsonapi.JsonApi;
import org.folio.access.eholdings.resources.ResourceMapper;
import org.folio.access.eholdings.resources.ResourceReader;
import org.folio.access.platform.db.Db;
import org.folio.access.rest.model.ResourceRecord;
import org.folio.access.rest.model.Title;
import org.folio.access.rest.model.TitleCollection;
import org.folio.access.rest.model.TitleFacets;
import org.folio.access.rest.model.TitleRecord;

/** Reading titles: search with package facets, one title with its resources. */
public final class TitleService {
  private final Db db;
  private final TitleReader titles;
  private final TitleSearchRepository search;
  private final ResourceReader resources;

  public TitleService(Db db, TitleReader titles, TitleSearchRepository search, ResourceReader resources) {
    this.db = db;
    this.titles = titles;
    this.search = search;
    this.resources = resources;
  }

  /** The page with its titles' tags and selection, the count and the facets come from one statement; then the resources. */
  public Future<TitleCollection> search(String tenant, TitleQuery query, List<String> packageIds, String include) {
    TitleSearch search = TitleSearch.of(tenant, query, packageIds);
    boolean withResources = Includes.parse(include).has("resources");
    SqlClient client = db.pool();
    return this.search.search(db, search, query.paging(), tenant).compose(found ->
        withResources(client, tenant, found.titles().stream()
                .map(t -> TitleMapper.record(t.row(), t.selected(), t.tags(), null)).toList(), withResources)
            .map(page -> new TitleCollection()
                .withData(page.titles())
                .withIncluded(page.resources())
                .withFacets(new TitleFacets().withPackages(found.facets()))
                .withMeta(JsonApi.total(found.matching()))
                .withJsonapi(JsonApi.version())));
  }

  public Future<Title> get(String tenant, String id, String include) {
    long titleId = RecordIds.title(id);
    return document(db.pool(), tenant, titleId, Includes.parse(include));
  }

  public Future<Title> document(SqlClient client, String tenant, long titleId, Includes includes) {
    return titles.row(client, tenant, titleId, false)
        .compose(row -> titles.records(client, tenant, List.of(row)))
        .compose(records -> withResources(client, tenant, records, includes.has("resources")))
        .map(found -> new Title().withData(found.titles().get(0)).withIncluded(found.resources()).withJsonapi(JsonApi.version()));
  }

  /** Titles and, when asked for, their resources (named in each title's relationships). */
  private record WithResources(List<TitleRecord> titles, List<Object> resources) {}

  private Future<WithResources> withResources(SqlClient client, String tenant, List<TitleRecord> records, boolean include) {
    if (!include || records.isEmpty()) {
      return Future.succeededFuture(new WithResources(records, new ArrayList<>()));
    }
    List<Long> ids = records.stream().map(r -> Long.parseLong(r.getId())).toList();
    return resources.repository().ofTitles(client, tenant, ids)
        .compose(rows -> resources.records(client, tenant, rows))
        .map(list -> {
          Map<Long, List<String>> byTitle = list.stream().collect(Collectors.groupingBy(
              r -> r.getAttributes().getTitleId(), Collectors.mapping(ResourceRecord::getId, Collectors.toList())));
          records.forEach(t -> t.getRelationships().setResources(
              JsonApi.toMany(ResourceMapper.TYPE, byTitle.getOrDefault(Long.parseLong(t.getId()), List.of()))));
          return new WithResources(records, new ArrayList<>(list));
        });
  }
}

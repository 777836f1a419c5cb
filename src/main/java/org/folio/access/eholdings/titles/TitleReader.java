package org.folio.access.eholdings.titles;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.eholdings.common.tags.TagRepository;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.TitleRecord;

/** Reads titles as the interface shows them: with tags and whether any package holds them selected. */
public final class TitleReader {
  private final TitleRepository titles;
  private final TagRepository tags;

  public TitleReader(TitleRepository titles, TagRepository tags) {
    this.titles = titles;
    this.tags = tags;
  }

  public TitleRepository repository() {
    return titles;
  }

  /** The stored title, or 404 "Title not found". */
  public Future<TitleRow> row(SqlClient client, String tenant, long id, boolean forUpdate) {
    return titles.find(client, tenant, id, forUpdate).map(found -> found.orElseThrow(TitleReader::notFound));
  }

  public Future<List<TitleRecord>> records(SqlClient client, String tenant, List<TitleRow> rows) {
    List<Long> ids = rows.stream().map(TitleRow::id).toList();
    return titles.selectedAmong(client, tenant, ids).compose(selected ->
        tags.of(client, tenant, RecordType.TITLE, rows.stream().map(TitleRow::recordId).toList())
            .map(tagMap -> rows.stream()
                .map(r -> TitleMapper.record(r, selected.contains(r.id()), tagMap.get(r.recordId()), null)).toList()));
  }

  public Future<TitleRecord> record(SqlClient client, String tenant, TitleRow row) {
    return records(client, tenant, List.of(row)).map(list -> list.get(0));
  }

  public static JsonApiError notFound() {
    return new JsonApiError(404, "Title not found", null);
  }
}

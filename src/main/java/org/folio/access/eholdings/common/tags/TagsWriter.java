package org.folio.access.eholdings.common.tags;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Function;
import org.folio.access.eholdings.common.jsonapi.JsonApi;
import org.folio.access.platform.db.Db;
import org.folio.access.rest.model.EholdingsTags;
import org.folio.access.rest.model.EholdingsTagsAttributes;
import org.folio.access.rest.model.EholdingsTagsData;

/** Replaces the tags of a provider, package or resource that exists, in one transaction. */
public final class TagsWriter {
  private final Db db;
  private final TagRepository tags;

  public TagsWriter(Db db, TagRepository tags) {
    this.db = db;
    this.tags = tags;
  }

  public Future<EholdingsTags> replace(String tenant, RecordType type, String id, TagsUpdate update,
      Function<SqlConnection, Future<?>> requireRecord) {
    return db.inTransaction(conn -> requireRecord.apply(conn)
            .compose(x -> tags.replace(conn, tenant, type, id, update.tags())))
        .map(x -> new EholdingsTags().withJsonapi(JsonApi.version()).withData(new EholdingsTagsData()
            .withId(id).withType("tags").withAttributes(new EholdingsTagsAttributes()
                .withName(update.attributes().getName()).withContentType(update.attributes().getContentType())
                .withTags(JsonApi.tags(update.tags())))));
  }
}

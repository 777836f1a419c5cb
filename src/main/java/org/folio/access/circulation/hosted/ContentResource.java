package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import org.folio.access.circulation.Pages;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.platform.http.Upload;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.EcontentContentCollection;
import org.folio.access.rest.model.EcontentContentUpdate;
import org.folio.access.rest.resource.EcontentContent;

/** /econtent/content: HTTP in and out only. */
public final class ContentResource implements EcontentContent {
  private final ContentService contents;

  ContentResource(ContentService contents) {
    this.contents = contents;
  }

  @Override
  public Future<Reply> postEcontentContent(Upload entity, OkapiContext okapi) {
    return contents.upload(okapi, entity).map(docs -> PostEcontentContentResponse.respond201(new EcontentContentCollection()
        .withContent(docs.stream().map(d -> Json.decode(d, org.folio.access.rest.model.EcontentContent.class)).toList())
        .withTotalRecords(docs.size())));
  }

  @Override
  public Future<Reply> getEcontentContent(String query, Long offset, Long limit, OkapiContext okapi) {
    return contents.list(okapi.tenant(), query, offset, limit).map(page -> GetEcontentContentResponse.respond200(
        new EcontentContentCollection().withContent(Pages.items(page, org.folio.access.rest.model.EcontentContent.class))
            .withTotalRecords(Pages.total(page))));
  }

  @Override
  public Future<Reply> getEcontentContentByContentId(String contentId, OkapiContext okapi) {
    return contents.get(okapi.tenant(), contentId).map(doc -> GetEcontentContentByContentIdResponse.respond200(
        Json.decode(doc, org.folio.access.rest.model.EcontentContent.class)));
  }

  @Override
  public Future<Reply> putEcontentContentByContentId(String contentId, EcontentContentUpdate entity, OkapiContext okapi) {
    return contents.describe(okapi.tenant(), contentId, entity).map(doc -> PutEcontentContentByContentIdResponse.respond200(
        Json.decode(doc, org.folio.access.rest.model.EcontentContent.class)));
  }

  @Override
  public Future<Reply> deleteEcontentContentByContentId(String contentId, OkapiContext okapi) {
    return contents.delete(okapi.tenant(), contentId).map(x -> DeleteEcontentContentByContentIdResponse.respond204());
  }
}

package org.folio.access.eholdings.resources;

import static org.folio.access.eholdings.common.jsonapi.Answers.answer;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.EholdingsTagsRequest;
import org.folio.access.rest.model.ResourceBulkFetchRequest;
import org.folio.access.rest.model.ResourcePostRequest;
import org.folio.access.rest.model.ResourcePutRequest;
import org.folio.access.rest.resource.EholdingsResources;

/** HTTP edge of /eholdings/resources. */
public final class ResourcesResource implements EholdingsResources {
  private final ResourceService service;
  private final ResourceEdits edits;

  public ResourcesResource(ResourceService service, ResourceEdits edits) {
    this.service = service;
    this.edits = edits;
  }

  @Override
  public Future<Reply> postEholdingsResources(ResourcePostRequest entity, OkapiContext okapi) {
    return answer(() -> edits.create(okapi.tenant(), entity), PostEholdingsResourcesResponse::respond200);
  }

  @Override
  public Future<Reply> postEholdingsResourcesBulkFetch(ResourceBulkFetchRequest entity, OkapiContext okapi) {
    return answer(() -> service.bulk(okapi.tenant(), entity), PostEholdingsResourcesBulkFetchResponse::respond200);
  }

  @Override
  public Future<Reply> getEholdingsResourcesByResourceId(String resourceId, String include, OkapiContext okapi) {
    return answer(() -> service.get(okapi.tenant(), resourceId, include), GetEholdingsResourcesByResourceIdResponse::respond200);
  }

  @Override
  public Future<Reply> putEholdingsResourcesByResourceId(String resourceId, ResourcePutRequest entity, OkapiContext okapi) {
    return answer(() -> edits.update(okapi.tenant(), resourceId, entity), PutEholdingsResourcesByResourceIdResponse::respond200);
  }

  @Override
  public Future<Reply> deleteEholdingsResourcesByResourceId(String resourceId, OkapiContext okapi) {
    return answer(() -> edits.delete(okapi.tenant(), resourceId), x -> DeleteEholdingsResourcesByResourceIdResponse.respond204());
  }

  @Override
  public Future<Reply> putEholdingsResourcesByResourceIdTags(String resourceId, EholdingsTagsRequest entity, OkapiContext okapi) {
    return answer(() -> edits.tags(okapi.tenant(), resourceId, entity), PutEholdingsResourcesByResourceIdTagsResponse::respond200);
  }
}

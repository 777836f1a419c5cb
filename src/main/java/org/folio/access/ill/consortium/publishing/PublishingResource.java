package org.folio.access.ill.consortium.publishing;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.IllConsortiumPublishing;
import org.folio.access.rest.resource.IllConsortiumPublishing.GetIllConsortiumPublishingResponse;
import org.folio.access.rest.resource.IllConsortiumPublishing.PutIllConsortiumPublishingResponse;

/** /ill/consortium-publishing: HTTP in and out only. */
public final class PublishingResource implements org.folio.access.rest.resource.IllConsortiumPublishing {
  private final PublishingService publishing;

  public PublishingResource(PublishingService publishing) {
    this.publishing = publishing;
  }

  @Override
  public Future<Reply> getIllConsortiumPublishing(OkapiContext okapi) {
    return publishing.current(okapi.tenant()).map(GetIllConsortiumPublishingResponse::respond200);
  }

  @Override
  public Future<Reply> putIllConsortiumPublishing(IllConsortiumPublishing entity, OkapiContext okapi) {
    return publishing.replace(okapi.tenant(), entity).map(PutIllConsortiumPublishingResponse::respond200);
  }
}

package org.folio.access.circulation.availability;

import io.vertx.core.Future;
import org.folio.access.circulation.Caller;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EcontentPatronsByPatronIdActivity;

/** GET /econtent/patrons/{patronId}/activity. */
public final class PatronActivityResource implements EcontentPatronsByPatronIdActivity {
  private final PatronActivityService service;

  public PatronActivityResource(PatronActivityService service) {
    this.service = service;
  }

  @Override
  public Future<Reply> getEcontentPatronsByPatronIdActivity(String patronId, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> service.of(okapi.tenant(), caller, patronId))
        .map(GetEcontentPatronsByPatronIdActivityResponse::respond200);
  }
}

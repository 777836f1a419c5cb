package org.folio.access.eholdings.settings.api;

import io.vertx.core.Future;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseService;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.Status;
import org.folio.access.rest.model.StatusAttributes;
import org.folio.access.rest.model.StatusData;
import org.folio.access.rest.resource.EholdingsStatus;

/** GET /eholdings/status: valid as soon as the tenant has a knowledge base. */
public final class StatusResource implements EholdingsStatus {
  private final KnowledgeBaseService knowledgeBases;

  public StatusResource(KnowledgeBaseService knowledgeBases) {
    this.knowledgeBases = knowledgeBases;
  }

  @Override
  public Future<Reply> getEholdingsStatus(OkapiContext okapi) {
    return knowledgeBases.configurationValid(okapi).map(valid -> GetEholdingsStatusResponse.respond200(new Status()
        .withData(new StatusData().withId("status").withType("statuses")
            .withAttributes(new StatusAttributes().withIsConfigurationValid(valid)))
        .withJsonapi(SettingsJson.jsonapi())));
  }
}

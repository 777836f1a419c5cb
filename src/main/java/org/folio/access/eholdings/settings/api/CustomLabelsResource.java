package org.folio.access.eholdings.settings.api;

import io.vertx.core.Future;
import org.folio.access.eholdings.settings.labels.CustomLabelsService;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EholdingsCustomLabels;

/** GET /eholdings/custom-labels: the custom labels in use in the calling user's knowledge base. */
public final class CustomLabelsResource implements EholdingsCustomLabels {
  private final CustomLabelsService labels;

  public CustomLabelsResource(CustomLabelsService labels) {
    this.labels = labels;
  }

  @Override
  public Future<Reply> getEholdingsCustomLabels(OkapiContext okapi) {
    return labels.callersInUse(okapi).map(l -> GetEholdingsCustomLabelsResponse.respond200(LabelJson.collection(l)));
  }
}

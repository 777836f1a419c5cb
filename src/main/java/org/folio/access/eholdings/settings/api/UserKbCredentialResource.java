package org.folio.access.eholdings.settings.api;

import io.vertx.core.Future;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseService;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EholdingsUserKbCredential;

/** GET /eholdings/user-kb-credential: the calling user's knowledge base, API key masked. */
public final class UserKbCredentialResource implements EholdingsUserKbCredential {
  private final KnowledgeBaseService knowledgeBases;

  public UserKbCredentialResource(KnowledgeBaseService knowledgeBases) {
    this.knowledgeBases = knowledgeBases;
  }

  @Override
  public Future<Reply> getEholdingsUserKbCredential(OkapiContext okapi) {
    return knowledgeBases.forCaller(okapi).map(kb -> GetEholdingsUserKbCredentialResponse.respond200(KbCredentialsJson.item(kb)));
  }
}

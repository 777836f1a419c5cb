package org.folio.access.eholdings.settings.api;

import io.vertx.core.Future;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseService;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EholdingsRootProxy;

/** GET /eholdings/root-proxy: the root proxy of the calling user's knowledge base. */
public final class RootProxyResource implements EholdingsRootProxy {
  private final KnowledgeBaseService knowledgeBases;

  public RootProxyResource(KnowledgeBaseService knowledgeBases) {
    this.knowledgeBases = knowledgeBases;
  }

  @Override
  public Future<Reply> getEholdingsRootProxy(OkapiContext okapi) {
    return knowledgeBases.forCaller(okapi).map(kb -> GetEholdingsRootProxyResponse.respond200(ProxyJson.rootProxy(kb)));
  }
}

package org.folio.access.eholdings.settings.api;

import io.vertx.core.Future;
import org.folio.access.eholdings.settings.proxies.RootProxyService;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EholdingsProxyTypes;

/** GET /eholdings/proxy-types: the proxy types of the calling user's knowledge base. */
public final class ProxyTypesResource implements EholdingsProxyTypes {
  private final RootProxyService proxies;

  public ProxyTypesResource(RootProxyService proxies) {
    this.proxies = proxies;
  }

  @Override
  public Future<Reply> getEholdingsProxyTypes(OkapiContext okapi) {
    return proxies.callersProxyTypes(okapi).map(types -> GetEholdingsProxyTypesResponse.respond200(ProxyJson.proxyTypes(types)));
  }
}

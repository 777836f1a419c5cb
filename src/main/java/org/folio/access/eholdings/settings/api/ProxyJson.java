package org.folio.access.eholdings.settings.api;

import org.folio.access.eholdings.settings.credentials.KnowledgeBase;
import org.folio.access.eholdings.settings.proxies.RootProxyService.ProxyTypes;
import org.folio.access.rest.model.ProxyType;
import org.folio.access.rest.model.ProxyTypeAttributes;
import org.folio.access.rest.model.ProxyTypeCollection;
import org.folio.access.rest.model.RootProxy;
import org.folio.access.rest.model.RootProxyAttributes;
import org.folio.access.rest.model.RootProxyData;

/** Proxy types and root proxies as JSON:API documents. */
final class ProxyJson {
  static final String ROOT_PROXY_ID = "root-proxy";

  private ProxyJson() {}

  static ProxyTypeCollection proxyTypes(ProxyTypes seen) {
    String credentialsId = seen.credentialsId().toString();
    return new ProxyTypeCollection().withData(seen.types().stream().map(p -> new ProxyType().withId(p.id())
            .withType("proxyTypes").withCredentialsId(credentialsId)
            .withAttributes(new ProxyTypeAttributes().withId(p.id()).withName(p.name()).withUrlMask(p.urlMask()))).toList())
        .withMeta(SettingsJson.total(seen.types().size())).withJsonapi(SettingsJson.jsonapi());
  }

  static RootProxy rootProxy(KnowledgeBase kb) {
    return new RootProxy().withData(new RootProxyData().withId(ROOT_PROXY_ID).withType("rootProxies")
            .withCredentialsId(kb.id().toString())
            .withAttributes(new RootProxyAttributes().withId(ROOT_PROXY_ID).withProxyTypeId(kb.rootProxyId())))
        .withJsonapi(SettingsJson.jsonapi());
  }

  /** The proxy type id a PUT names, or null. */
  static String proxyTypeId(RootProxy body) {
    RootProxyData data = body.getData();
    return data.getAttributes() == null ? null : data.getAttributes().getProxyTypeId();
  }
}

package org.folio.access.eholdings.settings.proxies;

/** A proxy server links can be routed through; id "<n>" is none. */
public record ProxyType(String id, String name, String urlMask) {}

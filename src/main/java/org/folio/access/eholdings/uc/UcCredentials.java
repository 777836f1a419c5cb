package org.folio.access.eholdings.uc;

/** The tenant's usage consolidation credentials (the uc_credentials row); both are secrets. */
public record UcCredentials(String clientId, String clientSecret) {}

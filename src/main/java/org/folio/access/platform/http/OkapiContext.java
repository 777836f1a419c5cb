package org.folio.access.platform.http;

import java.util.Set;

/** What the gateway says about a request: tenant, caller, token, where it lives, request id, granted permissions. */
public record OkapiContext(String tenant, String userId, String token, String okapiUrl, String requestId,
    Set<String> permissions) {

  public boolean hasPermission(String permission) {
    return permissions.contains(permission);
  }
}

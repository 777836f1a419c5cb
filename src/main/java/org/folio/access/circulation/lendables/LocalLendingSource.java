package org.folio.access.circulation.lendables;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/** Lending from the library's own licence: nothing to tell anyone; content at the eholdings resource's URL. */
public final class LocalLendingSource implements LendingSource {
  private final Pool pool;
  private final EholdingsResources eholdings;

  public LocalLendingSource(Pool pool, EholdingsResources eholdings) {
    this.pool = pool;
    this.eholdings = eholdings;
  }

  @Override
  public String type() {
    return "local";
  }

  @Override
  public Future<Optional<String>> contentUrl(String tenant, Lendable lendable, UUID loanId) {
    return eholdings.accessPoint(pool, tenant, ResourceId.parse(lendable.resourceId()))
        .map(point -> point.filter(p -> p.url() != null && !p.url().isBlank()).map(LocalLendingSource::proxied));
  }

  /** The proxy's URL mask with {url} replaced by the URL-encoded access URL; the URL itself without a proxy. */
  static String proxied(EholdingsResources.AccessPoint point) {
    String mask = point.proxyUrlMask();
    if (mask == null || mask.isBlank() || !mask.contains("{url}")) {
      return point.url();
    }
    return mask.replace("{url}", URLEncoder.encode(point.url(), StandardCharsets.UTF_8));
  }
}

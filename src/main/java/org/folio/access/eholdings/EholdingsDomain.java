package org.folio.access.eholdings;

import java.util.List;
import org.folio.access.platform.Domain;
import org.folio.access.platform.Platform;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.platform.tenant.TenantDataLoader;

/** The e-resources knowledge base behind the eholdings interface. */
public final class EholdingsDomain implements Domain {
  private final Platform platform;

  public EholdingsDomain(Platform platform) {
    this.platform = platform;
  }

  @Override
  public void mount(RouteTable table) {
    // The eholdings resources are mounted here as they are built.
  }

  @Override
  public List<TenantDataLoader> tenantLoaders() {
    return List.of(new EholdingsTenantData());
  }
}

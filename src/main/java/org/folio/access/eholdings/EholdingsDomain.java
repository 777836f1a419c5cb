package org.folio.access.eholdings;

import java.util.List;
import org.folio.access.eholdings.settings.EholdingsSettings;
import org.folio.access.platform.Domain;
import org.folio.access.platform.Platform;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.platform.tenant.TenantDataLoader;

/** The e-resources knowledge base behind the eholdings interface: its content and its settings. */
public final class EholdingsDomain implements Domain {
  private final EholdingsContent content;
  private final EholdingsSettings settings;

  public EholdingsDomain(Platform platform) {
    this.content = new EholdingsContent(platform);
    this.settings = new EholdingsSettings(platform);
  }

  @Override
  public void mount(RouteTable table) {
    content.mount(table);
    settings.mount(table);
  }

  @Override
  public List<TenantDataLoader> tenantLoaders() {
    return List.of(new EholdingsTenantData());
  }
}

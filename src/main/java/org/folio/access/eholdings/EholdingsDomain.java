package org.folio.access.eholdings;

import java.util.List;
import org.folio.access.eholdings.kbart.KbartImports;
import org.folio.access.eholdings.sample.EholdingsSampleData;
import org.folio.access.eholdings.settings.EholdingsSettings;
import org.folio.access.platform.Domain;
import org.folio.access.platform.Platform;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.platform.jobs.JobHandler;
import org.folio.access.platform.tenant.TenantDataLoader;
import org.folio.access.rest.resource.EholdingsKbartImportsRoutes;

/** The e-resources knowledge base behind the eholdings interface: its content and its settings. */
public final class EholdingsDomain implements Domain {
  private final EholdingsContent content;
  private final EholdingsSettings settings;
  private final KbartImports kbart;

  public EholdingsDomain(Platform platform) {
    this.content = new EholdingsContent(platform);
    this.settings = new EholdingsSettings(platform);
    this.kbart = new KbartImports(platform);
  }

  @Override
  public void mount(RouteTable table) {
    content.mount(table);
    settings.mount(table);
    EholdingsKbartImportsRoutes.mount(table, kbart.resource());
  }

  @Override
  public List<JobHandler> jobHandlers() {
    return List.of(kbart.job());
  }

  @Override
  public List<TenantDataLoader> tenantLoaders() {
    return List.of(new EholdingsTenantData(), new EholdingsSampleData());
  }
}

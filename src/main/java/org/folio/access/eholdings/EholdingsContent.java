package org.folio.access.eholdings;

import org.folio.access.eholdings.common.accesstypes.AccessTypeRepository;
import org.folio.access.eholdings.common.accesstypes.AccessTypes;
import org.folio.access.eholdings.common.proxy.Proxies;
import org.folio.access.eholdings.common.proxy.ProxyRepository;
import org.folio.access.eholdings.common.tags.TagRepository;
import org.folio.access.eholdings.common.tags.TagsWriter;
import org.folio.access.eholdings.packages.PackageCustomiser;
import org.folio.access.eholdings.packages.PackageEdits;
import org.folio.access.eholdings.packages.PackageReader;
import org.folio.access.eholdings.packages.PackageRepository;
import org.folio.access.eholdings.packages.PackageService;
import org.folio.access.eholdings.packages.PackagesResource;
import org.folio.access.eholdings.providers.ProviderReader;
import org.folio.access.eholdings.providers.ProviderRepository;
import org.folio.access.eholdings.providers.ProviderService;
import org.folio.access.eholdings.providers.ProvidersResource;
import org.folio.access.eholdings.resources.ResourceEdits;
import org.folio.access.eholdings.resources.ResourceReader;
import org.folio.access.eholdings.resources.ResourceRepository;
import org.folio.access.eholdings.resources.ResourceService;
import org.folio.access.eholdings.resources.ResourceViewRepository;
import org.folio.access.eholdings.resources.ResourcesResource;
import org.folio.access.eholdings.titles.TitleEdits;
import org.folio.access.eholdings.titles.TitleReader;
import org.folio.access.eholdings.titles.TitleRepository;
import org.folio.access.eholdings.titles.TitleSearchRepository;
import org.folio.access.eholdings.titles.TitleService;
import org.folio.access.eholdings.titles.TitlesResource;
import org.folio.access.platform.Platform;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.rest.resource.EholdingsPackagesRoutes;
import org.folio.access.rest.resource.EholdingsProvidersRoutes;
import org.folio.access.rest.resource.EholdingsResourcesRoutes;
import org.folio.access.rest.resource.EholdingsTitlesRoutes;

/**
 * The content part of the eholdings interface (ramls/eholdings.raml): providers, packages, titles and
 * resources, with their readers, rules and SQL. Built once at start-up.
 */
public final class EholdingsContent {
  private final ProvidersResource providers;
  private final PackagesResource packages;
  private final ResourcesResource resources;
  private final TitlesResource titles;

  public EholdingsContent(Platform platform) {
    Db db = platform.db();
    ProxyRepository proxyRepository = new ProxyRepository();
    TagRepository tagRepository = new TagRepository();
    AccessTypeRepository accessTypeRepository = new AccessTypeRepository();
    Proxies proxies = new Proxies(proxyRepository);
    AccessTypes accessTypes = new AccessTypes(accessTypeRepository);
    ProviderReader providerReader = new ProviderReader(new ProviderRepository(), proxyRepository, tagRepository);
    PackageReader packageReader = new PackageReader(new PackageRepository(), proxyRepository, tagRepository, accessTypeRepository);
    ResourceRepository resourceRepository = new ResourceRepository();
    ResourceReader resourceReader = new ResourceReader(resourceRepository, proxyRepository, tagRepository, accessTypeRepository);
    TitleRepository titleRepository = new TitleRepository();

    PackageService packageService = new PackageService(db, packageReader, providerReader, resourceReader);
    PackageEdits packageEdits = new PackageEdits(db, packageService, packageReader, providerReader, proxyRepository,
        new PackageCustomiser(proxies, accessTypes), resourceRepository, titleRepository, tagRepository);
    ProviderService providerService = new ProviderService(db, providerReader, proxies, packageService,
        new TagsWriter(db, tagRepository));
    TitleReader titleReader = new TitleReader(titleRepository, tagRepository);
    ResourceService resourceService = new ResourceService(db, resourceReader, new ResourceViewRepository(), providerReader);
    ResourceEdits resourceEdits = new ResourceEdits(db, resourceService, resourceReader, packageReader, titleReader, proxies,
        accessTypes, tagRepository);
    this.resources = new ResourcesResource(resourceService, resourceEdits);
    TitleService titleService = new TitleService(db, titleReader, new TitleSearchRepository(), resourceReader);
    this.titles = new TitlesResource(titleService,
        new TitleEdits(db, titleService, titleReader, packageReader, resourceRepository));
    this.providers = new ProvidersResource(providerService, packageService);
    this.packages = new PackagesResource(packageService, packageEdits);
  }

  public void mount(RouteTable table) {
    EholdingsProvidersRoutes.mount(table, providers);
    EholdingsPackagesRoutes.mount(table, packages);
    EholdingsTitlesRoutes.mount(table, titles);
    EholdingsResourcesRoutes.mount(table, resources);
  }
}

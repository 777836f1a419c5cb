package org.folio.access.eholdings.settings;

import io.vertx.ext.web.client.WebClient;
import org.folio.access.eholdings.common.accesstypes.AccessTypeRepository;
import org.folio.access.eholdings.common.tags.TagRepository;
import org.folio.access.eholdings.settings.accesstypes.AccessTypeService;
import org.folio.access.eholdings.settings.api.AccessTypesResource;
import org.folio.access.eholdings.settings.api.CustomLabelsResource;
import org.folio.access.eholdings.settings.api.KbCredentialsResource;
import org.folio.access.eholdings.settings.api.ProxyTypesResource;
import org.folio.access.eholdings.settings.api.RootProxyResource;
import org.folio.access.eholdings.settings.api.StatusResource;
import org.folio.access.eholdings.settings.api.TagsResource;
import org.folio.access.eholdings.settings.api.UserKbCredentialResource;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseRepository;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseService;
import org.folio.access.eholdings.settings.labels.CustomLabelsService;
import org.folio.access.eholdings.settings.proxies.ProxyTypeRepository;
import org.folio.access.eholdings.settings.proxies.RootProxyService;
import org.folio.access.eholdings.settings.tags.TagService;
import org.folio.access.eholdings.settings.users.AssignedUserRepository;
import org.folio.access.eholdings.settings.users.AssignedUserService;
import org.folio.access.eholdings.settings.users.UserDirectory;
import org.folio.access.eholdings.uc.UcCredentialsRepository;
import org.folio.access.eholdings.uc.UcCredentialsResource;
import org.folio.access.eholdings.uc.UcSettingsRepository;
import org.folio.access.eholdings.uc.UsageConsolidationResource;
import org.folio.access.eholdings.uc.UsageConsolidationService;
import org.folio.access.platform.Platform;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.rest.resource.EholdingsAccessTypesRoutes;
import org.folio.access.rest.resource.EholdingsCustomLabelsRoutes;
import org.folio.access.rest.resource.EholdingsKbCredentialsByIdUcRoutes;
import org.folio.access.rest.resource.EholdingsKbCredentialsRoutes;
import org.folio.access.rest.resource.EholdingsProxyTypesRoutes;
import org.folio.access.rest.resource.EholdingsRootProxyRoutes;
import org.folio.access.rest.resource.EholdingsStatusRoutes;
import org.folio.access.rest.resource.EholdingsTagsRoutes;
import org.folio.access.rest.resource.EholdingsUcCredentialsRoutes;
import org.folio.access.rest.resource.EholdingsUcRoutes;
import org.folio.access.rest.resource.EholdingsUserKbCredentialRoutes;

/**
 * The settings and configuration part of the eholdings interface (ramls/eholdings-settings.raml): knowledge
 * bases and what hangs off them, status, tags and usage consolidation (ramls/eholdings-uc.raml). Built once at
 * start-up.
 */
public final class EholdingsSettings {
  private final KnowledgeBaseService knowledgeBases;
  private final RootProxyService proxies;
  private final CustomLabelsService labels;
  private final AccessTypeService accessTypes;
  private final AssignedUserService users;
  private final TagService tags;
  private final UsageConsolidationService usageConsolidation;

  public EholdingsSettings(Platform platform) {
    Db db = platform.db();
    KnowledgeBaseRepository kbRepository = new KnowledgeBaseRepository();
    this.knowledgeBases = new KnowledgeBaseService(db, kbRepository);
    this.proxies = new RootProxyService(db, knowledgeBases, kbRepository, new ProxyTypeRepository());
    this.labels = new CustomLabelsService(db, knowledgeBases, kbRepository);
    UserDirectory directory = new UserDirectory(WebClient.create(platform.vertx()));
    this.accessTypes = new AccessTypeService(db, knowledgeBases, new AccessTypeRepository(), directory);
    this.users = new AssignedUserService(db, knowledgeBases, new AssignedUserRepository(), directory);
    this.tags = new TagService(db, new TagRepository());
    this.usageConsolidation = new UsageConsolidationService(db, knowledgeBases, new UcCredentialsRepository(),
        new UcSettingsRepository());
  }

  public void mount(RouteTable table) {
    EholdingsStatusRoutes.mount(table, new StatusResource(knowledgeBases));
    EholdingsKbCredentialsRoutes.mount(table, new KbCredentialsResource(knowledgeBases, proxies, labels, accessTypes, users));
    EholdingsUserKbCredentialRoutes.mount(table, new UserKbCredentialResource(knowledgeBases));
    EholdingsProxyTypesRoutes.mount(table, new ProxyTypesResource(proxies));
    EholdingsRootProxyRoutes.mount(table, new RootProxyResource(knowledgeBases));
    EholdingsCustomLabelsRoutes.mount(table, new CustomLabelsResource(labels));
    EholdingsAccessTypesRoutes.mount(table, new AccessTypesResource(accessTypes));
    EholdingsTagsRoutes.mount(table, new TagsResource(tags));
    UsageConsolidationResource uc = new UsageConsolidationResource(usageConsolidation);
    EholdingsUcRoutes.mount(table, uc);
    EholdingsKbCredentialsByIdUcRoutes.mount(table, uc);
    EholdingsUcCredentialsRoutes.mount(table, new UcCredentialsResource(usageConsolidation));
  }
}

package org.folio.access.eholdings.settings.api;

import io.vertx.core.Future;
import org.folio.access.eholdings.settings.accesstypes.AccessTypeService;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseService;
import org.folio.access.eholdings.settings.labels.CustomLabelsService;
import org.folio.access.eholdings.settings.proxies.RootProxyService;
import org.folio.access.eholdings.settings.users.AssignedUserService;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.AccessTypeRequest;
import org.folio.access.rest.model.CustomLabelCollection;
import org.folio.access.rest.model.KbCredentialsRequest;
import org.folio.access.rest.model.KbCredentialsUserRequest;
import org.folio.access.rest.model.RootProxy;
import org.folio.access.rest.resource.EholdingsKbCredentials;

/** /eholdings/kb-credentials/**: each method reads the request, calls one service, shapes the answer. */
public final class KbCredentialsResource implements EholdingsKbCredentials {
  private final KnowledgeBaseService knowledgeBases;
  private final RootProxyService proxies;
  private final CustomLabelsService labels;
  private final AccessTypeService accessTypes;
  private final AssignedUserService users;

  public KbCredentialsResource(KnowledgeBaseService knowledgeBases, RootProxyService proxies, CustomLabelsService labels,
      AccessTypeService accessTypes, AssignedUserService users) {
    this.knowledgeBases = knowledgeBases;
    this.proxies = proxies;
    this.labels = labels;
    this.accessTypes = accessTypes;
    this.users = users;
  }

  @Override
  public Future<Reply> getEholdingsKbCredentials(OkapiContext okapi) {
    return knowledgeBases.list(okapi).map(all -> GetEholdingsKbCredentialsResponse.respond200(KbCredentialsJson.collection(all)));
  }

  @Override
  public Future<Reply> postEholdingsKbCredentials(KbCredentialsRequest entity, OkapiContext okapi) {
    return knowledgeBases.create(okapi, entity.getData().getAttributes())
        .map(kb -> PostEholdingsKbCredentialsResponse.respond201(KbCredentialsJson.item(kb)));
  }

  @Override
  public Future<Reply> getEholdingsKbCredentialsById(String id, OkapiContext okapi) {
    return knowledgeBases.get(okapi, id).map(kb -> GetEholdingsKbCredentialsByIdResponse.respond200(KbCredentialsJson.item(kb)));
  }

  @Override
  public Future<Reply> putEholdingsKbCredentialsById(String id, KbCredentialsRequest entity, OkapiContext okapi) {
    return knowledgeBases.replace(okapi, id, entity.getData().getAttributes())
        .map(x -> PutEholdingsKbCredentialsByIdResponse.respond204());
  }

  @Override
  public Future<Reply> patchEholdingsKbCredentialsById(String id, KbCredentialsRequest entity, OkapiContext okapi) {
    return knowledgeBases.patch(okapi, id, entity.getData().getAttributes())
        .map(x -> PatchEholdingsKbCredentialsByIdResponse.respond204());
  }

  @Override
  public Future<Reply> deleteEholdingsKbCredentialsById(String id, OkapiContext okapi) {
    return knowledgeBases.delete(okapi, id).map(x -> DeleteEholdingsKbCredentialsByIdResponse.respond204());
  }

  @Override
  public Future<Reply> getEholdingsKbCredentialsByIdKey(String id, OkapiContext okapi) {
    return knowledgeBases.get(okapi, id).map(kb -> GetEholdingsKbCredentialsByIdKeyResponse.respond200(KbCredentialsJson.key(kb)));
  }

  @Override
  public Future<Reply> getEholdingsKbCredentialsByIdRootProxy(String id, OkapiContext okapi) {
    return proxies.rootProxy(okapi, id).map(kb -> GetEholdingsKbCredentialsByIdRootProxyResponse.respond200(ProxyJson.rootProxy(kb)));
  }

  @Override
  public Future<Reply> putEholdingsKbCredentialsByIdRootProxy(String id, RootProxy entity, OkapiContext okapi) {
    return proxies.setRootProxy(okapi, id, ProxyJson.proxyTypeId(entity))
        .map(kb -> PutEholdingsKbCredentialsByIdRootProxyResponse.respond200(ProxyJson.rootProxy(kb)));
  }

  @Override
  public Future<Reply> getEholdingsKbCredentialsByIdProxyTypes(String id, OkapiContext okapi) {
    return proxies.proxyTypes(okapi, id)
        .map(types -> GetEholdingsKbCredentialsByIdProxyTypesResponse.respond200(ProxyJson.proxyTypes(types)));
  }

  @Override
  public Future<Reply> getEholdingsKbCredentialsByIdCustomLabels(String id, OkapiContext okapi) {
    return labels.inUse(okapi, id).map(l -> GetEholdingsKbCredentialsByIdCustomLabelsResponse.respond200(LabelJson.collection(l)));
  }

  @Override
  public Future<Reply> putEholdingsKbCredentialsByIdCustomLabels(String id, CustomLabelCollection entity, OkapiContext okapi) {
    return labels.replace(okapi, id, LabelJson.sent(entity))
        .map(l -> PutEholdingsKbCredentialsByIdCustomLabelsResponse.respond200(LabelJson.collection(l)));
  }

  @Override
  public Future<Reply> getEholdingsKbCredentialsByIdAccessTypes(String id, OkapiContext okapi) {
    return accessTypes.list(okapi, id)
        .map(all -> GetEholdingsKbCredentialsByIdAccessTypesResponse.respond200(AccessTypeJson.collection(all)));
  }

  @Override
  public Future<Reply> postEholdingsKbCredentialsByIdAccessTypes(String id, AccessTypeRequest entity, OkapiContext okapi) {
    return accessTypes.create(okapi, id, entity.getData().getAttributes())
        .map(type -> PostEholdingsKbCredentialsByIdAccessTypesResponse.respond201(AccessTypeJson.item(type)));
  }

  @Override
  public Future<Reply> getEholdingsKbCredentialsByIdAccessTypesByAccessTypeId(String id, String accessTypeId, OkapiContext okapi) {
    return accessTypes.get(okapi, id, accessTypeId)
        .map(type -> GetEholdingsKbCredentialsByIdAccessTypesByAccessTypeIdResponse.respond200(AccessTypeJson.item(type)));
  }

  @Override
  public Future<Reply> putEholdingsKbCredentialsByIdAccessTypesByAccessTypeId(String id, String accessTypeId,
      AccessTypeRequest entity, OkapiContext okapi) {
    return accessTypes.update(okapi, id, accessTypeId, entity.getData().getAttributes())
        .map(x -> PutEholdingsKbCredentialsByIdAccessTypesByAccessTypeIdResponse.respond204());
  }

  @Override
  public Future<Reply> deleteEholdingsKbCredentialsByIdAccessTypesByAccessTypeId(String id, String accessTypeId,
      OkapiContext okapi) {
    return accessTypes.delete(okapi, id, accessTypeId)
        .map(x -> DeleteEholdingsKbCredentialsByIdAccessTypesByAccessTypeIdResponse.respond204());
  }

  @Override
  public Future<Reply> getEholdingsKbCredentialsByIdUsers(String id, OkapiContext okapi) {
    return users.list(okapi, id).map(all -> GetEholdingsKbCredentialsByIdUsersResponse.respond200(UserJson.collection(all)));
  }

  @Override
  public Future<Reply> postEholdingsKbCredentialsByIdUsers(String id, KbCredentialsUserRequest entity, OkapiContext okapi) {
    return users.assign(okapi, id, entity.getData())
        .map(user -> PostEholdingsKbCredentialsByIdUsersResponse.respond201(UserJson.item(user)));
  }

  @Override
  public Future<Reply> putEholdingsKbCredentialsByIdUsersByUserId(String id, String userId, KbCredentialsUserRequest entity,
      OkapiContext okapi) {
    return users.update(okapi, id, userId, entity.getData())
        .map(x -> PutEholdingsKbCredentialsByIdUsersByUserIdResponse.respond204());
  }

  @Override
  public Future<Reply> deleteEholdingsKbCredentialsByIdUsersByUserId(String id, String userId, OkapiContext okapi) {
    return users.remove(okapi, id, userId).map(x -> DeleteEholdingsKbCredentialsByIdUsersByUserIdResponse.respond204());
  }
}

package org.folio.access.eholdings.settings.proxies;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import org.folio.access.eholdings.settings.common.Attempt;
import org.folio.access.eholdings.settings.common.Ids;
import org.folio.access.eholdings.settings.common.RecordMetadata;
import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.eholdings.settings.common.SettingsErrors;
import org.folio.access.eholdings.settings.credentials.KnowledgeBase;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseRepository;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseService;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.platform.http.OkapiContext;

/** Proxy types and the root proxy of a knowledge base: the proxy every record inherits unless it has its own. */
public final class RootProxyService {
  private final Db db;
  private final KnowledgeBaseService knowledgeBases;
  private final KnowledgeBaseRepository kbRepository;
  private final ProxyTypeRepository proxyTypes;

  public RootProxyService(Db db, KnowledgeBaseService knowledgeBases, KnowledgeBaseRepository kbRepository,
      ProxyTypeRepository proxyTypes) {
    this.db = db;
    this.knowledgeBases = knowledgeBases;
    this.kbRepository = kbRepository;
    this.proxyTypes = proxyTypes;
  }

  /** The knowledge base (which must exist) and the proxy types it can use. */
  public Future<ProxyTypes> proxyTypes(OkapiContext okapi, String credentialsId) {
    return knowledgeBases.get(okapi, credentialsId).compose(kb -> proxyTypesOf(okapi, kb));
  }

  public Future<ProxyTypes> callersProxyTypes(OkapiContext okapi) {
    return knowledgeBases.forCaller(okapi).compose(kb -> proxyTypesOf(okapi, kb));
  }

  public Future<KnowledgeBase> rootProxy(OkapiContext okapi, String credentialsId) {
    return knowledgeBases.get(okapi, credentialsId);
  }

  /** Sets the root proxy to an existing proxy type (400 "Invalid Proxy ID" otherwise); the knowledge base after. */
  public Future<KnowledgeBase> setRootProxy(OkapiContext okapi, String credentialsId, String proxyTypeId) {
    return Attempt.of(() -> {
      UUID id = Ids.fromPath(credentialsId);
      if (proxyTypeId == null || proxyTypeId.isBlank()) {
        throw FieldRules.invalid("proxyTypeId", "proxyTypeId must not be empty");
      }
      return db.inTransaction(conn -> knowledgeBases.require(conn, okapi.tenant(), id, true)
          .compose(kb -> proxyTypes.find(conn, okapi.tenant(), proxyTypeId))
          .compose(proxy -> proxy.isPresent()
              ? kbRepository.setField(conn, okapi.tenant(), id, "rootProxyId", proxy.get().id(), RecordMetadata.updatedBy(okapi.userId()))
              : Future.failedFuture(invalidProxy(proxyTypeId)))
          .compose(x -> knowledgeBases.require(conn, okapi.tenant(), id, false)));
    });
  }

  private Future<ProxyTypes> proxyTypesOf(OkapiContext okapi, KnowledgeBase kb) {
    return proxyTypes.list(db.pool(), okapi.tenant()).map(list -> new ProxyTypes(kb.id(), list));
  }

  private static JsonApiError invalidProxy(String id) {
    return new JsonApiError(400, "Invalid Proxy ID", "No proxy type with id '" + id + "'");
  }

  /** The proxy types as seen from one knowledge base. */
  public record ProxyTypes(UUID credentialsId, List<ProxyType> types) {}
}

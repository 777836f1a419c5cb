package org.folio.access.eholdings.settings.accesstypes;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;
import org.folio.access.eholdings.common.accesstypes.AccessType;
import org.folio.access.eholdings.common.accesstypes.AccessType.AccessTypeDocument;
import org.folio.access.eholdings.common.accesstypes.AccessTypeRepository;
import org.folio.access.eholdings.settings.accesstypes.AccessTypeRules.Fields;
import org.folio.access.eholdings.settings.common.Attempt;
import org.folio.access.eholdings.settings.common.Ids;
import org.folio.access.eholdings.settings.common.RecordMetadata;
import org.folio.access.eholdings.settings.common.Violations;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseService;
import org.folio.access.eholdings.settings.users.UserDirectory;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.rest.model.AccessTypeAttributes;

/**
 * Access types of a knowledge base. The limit of 15 holds under concurrency: a create locks the knowledge
 * base row, then counts, then inserts, so creates for one knowledge base run one after the other.
 */
public final class AccessTypeService {
  private static final String NAME_INDEX = "access_types_name_idx";
  private final Db db;
  private final KnowledgeBaseService knowledgeBases;
  private final AccessTypeRepository repository;
  private final UserDirectory users;

  public AccessTypeService(Db db, KnowledgeBaseService knowledgeBases, AccessTypeRepository repository, UserDirectory users) {
    this.db = db;
    this.knowledgeBases = knowledgeBases;
    this.repository = repository;
    this.users = users;
  }

  public Future<List<AccessType>> list(OkapiContext okapi, String credentialsId) {
    return knowledgeBases.get(okapi, credentialsId).compose(kb -> repository.list(db.pool(), okapi.tenant(), kb.id()));
  }

  public Future<List<AccessType>> callersList(OkapiContext okapi) {
    return knowledgeBases.forCaller(okapi).compose(kb -> repository.list(db.pool(), okapi.tenant(), kb.id()));
  }

  public Future<AccessType> get(OkapiContext okapi, String credentialsId, String accessTypeId) {
    return Attempt.of(() -> {
      UUID kbId = Ids.fromPath(credentialsId);
      UUID id = Ids.fromPath(accessTypeId);
      return knowledgeBases.require(db.pool(), okapi.tenant(), kbId, false).compose(kb -> find(db.pool(), okapi, kbId, id));
    });
  }

  public Future<AccessType> callersGet(OkapiContext okapi, String accessTypeId) {
    return Attempt.of(() -> {
      UUID id = Ids.fromPath(accessTypeId);
      return knowledgeBases.forCaller(okapi).compose(kb -> find(db.pool(), okapi, kb.id(), id));
    });
  }

  /**
   * look up the caller's names (outside the transaction) -> lock knowledge base -> refuse the 16th -> insert (a
   * duplicate name is refused by the unique index).
   */
  public Future<AccessType> create(OkapiContext okapi, String credentialsId, AccessTypeAttributes attributes) {
    return Attempt.of(() -> {
      UUID kbId = Ids.fromPath(credentialsId);
      Fields fields = AccessTypeRules.check(attributes);
      UUID id = UUID.randomUUID();
      return users.names(okapi, okapi.userId()).compose(caller -> insert(okapi, kbId, id, new AccessTypeDocument(fields.name(),
          fields.description(), RecordMetadata.createdBy(okapi.userId()), caller, caller)));
    });
  }

  private Future<AccessType> insert(OkapiContext okapi, UUID kbId, UUID id, AccessTypeDocument doc) {
    return db.inTransaction(conn -> knowledgeBases.require(conn, okapi.tenant(), kbId, true)
        .compose(kb -> repository.count(conn, okapi.tenant(), kbId))
        .compose(n -> n >= AccessTypeRules.MAX_PER_KNOWLEDGE_BASE ? Future.failedFuture(AccessTypeRules.tooMany())
            : repository.insert(conn, okapi.tenant(), id, kbId, doc))
        .recover(Violations.on(Violations.UNIQUE, NAME_INDEX, AccessTypeRules.duplicate(doc.name())))
        .compose(x -> find(conn, okapi, kbId, id)));
  }

  public Future<Void> update(OkapiContext okapi, String credentialsId, String accessTypeId, AccessTypeAttributes attributes) {
    return Attempt.of(() -> {
      UUID kbId = Ids.fromPath(credentialsId);
      UUID id = Ids.fromPath(accessTypeId);
      Fields fields = AccessTypeRules.check(attributes);
      return knowledgeBases.require(db.pool(), okapi.tenant(), kbId, false)
          .compose(kb -> users.names(okapi, okapi.userId()))
          .compose(caller -> repository.update(db.pool(), okapi.tenant(), kbId, id, fields.name(), fields.description(),
              RecordMetadata.updatedBy(okapi.userId()), caller))
          .recover(Violations.on(Violations.UNIQUE, NAME_INDEX, AccessTypeRules.duplicate(fields.name())))
          .compose(changed -> changed ? Future.succeededFuture() : Future.failedFuture(AccessTypeRules.notFound(id)));
    });
  }

  /** Refused while a package or resource carries it (checked, and guarded by the foreign keys). */
  public Future<Void> delete(OkapiContext okapi, String credentialsId, String accessTypeId) {
    return Attempt.of(() -> {
      UUID kbId = Ids.fromPath(credentialsId);
      UUID id = Ids.fromPath(accessTypeId);
      return db.inTransaction(conn -> knowledgeBases.require(conn, okapi.tenant(), kbId, false)
          .compose(kb -> find(conn, okapi, kbId, id))
          .compose(type -> type.usageNumber() > 0 ? Future.failedFuture(AccessTypeRules.inUse())
              : repository.delete(conn, okapi.tenant(), kbId, id))
          .<Void>mapEmpty()
          .recover(Violations.on(Violations.FOREIGN_KEY, null, AccessTypeRules.inUse())));
    });
  }

  private Future<AccessType> find(SqlClient client, OkapiContext okapi, UUID kbId, UUID id) {
    return repository.find(client, okapi.tenant(), kbId, id).map(found -> found.orElseThrow(() -> AccessTypeRules.notFound(id)));
  }
}

package org.folio.access.eholdings.settings.credentials;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.eholdings.EholdingsTenantData;
import org.folio.access.eholdings.settings.common.Attempt;
import org.folio.access.eholdings.settings.common.Ids;
import org.folio.access.eholdings.settings.common.RecordMetadata;
import org.folio.access.eholdings.settings.common.SettingsErrors;
import org.folio.access.eholdings.settings.common.Violations;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.rest.model.KbCredentialsAttributes;

/**
 * The tenant's knowledge bases. In a self-hosted knowledge base they are not remote accounts: one exists
 * from enable on (the default, which cannot be deleted), names are unique, and the API key is a secret
 * kept for whoever configures it.
 */
public final class KnowledgeBaseService {
  private static final String NAME_INDEX = "kb_credentials_name_idx";
  private final Db db;
  private final KnowledgeBaseRepository repository;

  public KnowledgeBaseService(Db db, KnowledgeBaseRepository repository) {
    this.db = db;
    this.repository = repository;
  }

  /** The configuration is valid as soon as the tenant has a knowledge base. */
  public Future<Boolean> configurationValid(OkapiContext okapi) {
    return repository.any(db.pool(), okapi.tenant());
  }

  public Future<List<KnowledgeBase>> list(OkapiContext okapi) {
    return repository.list(db.pool(), okapi.tenant());
  }

  public Future<KnowledgeBase> get(OkapiContext okapi, String id) {
    return Attempt.of(() -> require(db.pool(), okapi.tenant(), Ids.fromPath(id), false));
  }

  /** The calling user's knowledge base: the one assigned to them, else the default. */
  public Future<KnowledgeBase> forCaller(OkapiContext okapi) {
    UUID user = Ids.parse(okapi.userId()).orElse(null);
    return repository.forUser(db.pool(), okapi.tenant(), user).map(found -> found.orElseThrow(() -> new JsonApiError(404,
        "KB Credentials do not exist or user with userId = " + okapi.userId()
            + " is not assigned to any available knowledgebase.", null)));
  }

  public Future<KnowledgeBase> create(OkapiContext okapi, KbCredentialsAttributes attributes) {
    return Attempt.of(() -> {
      KnowledgeBaseChanges fields = KnowledgeBaseChanges.complete(attributes);
      KnowledgeBaseDocument doc = KnowledgeBaseDocument.created(fields, okapi.userId());
      return repository.insert(db.pool(), okapi.tenant(), UUID.randomUUID(), doc)
          .recover(Violations.on(Violations.UNIQUE, NAME_INDEX, duplicate(fields.name())));
    });
  }

  /** PUT: name, customerId and url as sent (unsent ones are removed); the key only when one is sent. */
  public Future<Void> replace(OkapiContext okapi, String id, KbCredentialsAttributes attributes) {
    return Attempt.of(() -> {
      UUID uuid = Ids.fromPath(id);
      KnowledgeBaseChanges fields = KnowledgeBaseChanges.complete(attributes);
      return change(okapi, uuid, fields, fields.unsent());
    });
  }

  /** PATCH: only the attributes sent change. */
  public Future<Void> patch(OkapiContext okapi, String id, KbCredentialsAttributes attributes) {
    return Attempt.of(() -> change(okapi, Ids.fromPath(id), KnowledgeBaseChanges.partial(attributes), List.of()));
  }

  private Future<Void> change(OkapiContext okapi, UUID id, KnowledgeBaseChanges fields, List<String> remove) {
    return repository.change(db.pool(), okapi.tenant(), id, fields.fields(), remove, RecordMetadata.updatedBy(okapi.userId()))
        .recover(Violations.on(Violations.UNIQUE, NAME_INDEX, duplicate(fields.name())))
        .compose(changed -> changed ? Future.succeededFuture() : Future.failedFuture(SettingsErrors.knowledgeBaseNotFound(id)));
  }

  /**
   * Deletes a knowledge base with what hangs off it: its access types (records carrying them lose them),
   * its assigned users and its usage consolidation settings. An unknown id is already deleted: 204. The
   * default one is refused, so the tenant always has a knowledge base.
   */
  public Future<Void> delete(OkapiContext okapi, String id) {
    return Attempt.of(() -> {
      UUID uuid = Ids.fromPath(id);
      if (EholdingsTenantData.DEFAULT_CREDENTIALS_ID.equals(uuid)) {
        throw notAllowed("The default knowledge base cannot be deleted");
      }
      return repository.delete(db.pool(), okapi.tenant(), uuid).mapEmpty();
    });
  }

  /** The knowledge base, which must exist, in the caller's transaction (locked when lock is true). */
  public Future<KnowledgeBase> require(SqlClient client, String tenant, UUID id, boolean lock) {
    Future<Optional<KnowledgeBase>> found = lock ? repository.lock(client, tenant, id) : repository.find(client, tenant, id);
    return found.map(kb -> kb.orElseThrow(() -> SettingsErrors.knowledgeBaseNotFound(id)));
  }

  private static JsonApiError duplicate(String name) {
    return SettingsErrors.refused("Duplicate name", "Credentials with name '" + name + "' already exist");
  }

  private static JsonApiError notAllowed(String detail) {
    return SettingsErrors.refused("Not allowed to delete", detail);
  }
}

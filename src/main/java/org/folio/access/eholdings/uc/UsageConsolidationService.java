package org.folio.access.eholdings.uc;

import io.vertx.core.Future;
import java.util.UUID;
import org.folio.access.eholdings.settings.common.Attempt;
import org.folio.access.eholdings.settings.common.Ids;
import org.folio.access.eholdings.settings.common.RecordMetadata;
import org.folio.access.eholdings.settings.common.Violations;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseService;
import org.folio.access.eholdings.uc.UcSettings.UcSettingsDocument;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.rest.model.UcCredentialsAttributes;
import org.folio.access.rest.model.UcSettingsAttributes;

/**
 * Usage consolidation settings, kept in the tenant's database: the tenant's credentials and each knowledge
 * base's settings. Nothing here logs a secret; answers mask them (see UcJson).
 */
public final class UsageConsolidationService {
  private final Db db;
  private final KnowledgeBaseService knowledgeBases;
  private final UcCredentialsRepository credentials;
  private final UcSettingsRepository settings;

  public UsageConsolidationService(Db db, KnowledgeBaseService knowledgeBases, UcCredentialsRepository credentials,
      UcSettingsRepository settings) {
    this.db = db;
    this.knowledgeBases = knowledgeBases;
    this.credentials = credentials;
    this.settings = settings;
  }

  public Future<Boolean> credentialsPresent(OkapiContext okapi) {
    return credentials.find(db.pool(), okapi.tenant()).map(found -> found.isPresent());
  }

  public Future<UcCredentials> credentials(OkapiContext okapi) {
    return credentials.find(db.pool(), okapi.tenant()).map(found -> found.orElseThrow(
        () -> new JsonApiError(404, "Usage Consolidation Credentials not found", null)));
  }

  public Future<Void> saveCredentials(OkapiContext okapi, UcCredentialsAttributes attributes) {
    return Attempt.of(() -> credentials.save(db.pool(), okapi.tenant(), UcRules.credentials(attributes)));
  }

  /** The settings of the knowledge base (which must exist). */
  public Future<UcSettings> settings(OkapiContext okapi, String credentialsId) {
    return Attempt.of(() -> {
      UUID kbId = Ids.fromPath(credentialsId);
      return knowledgeBases.require(db.pool(), okapi.tenant(), kbId, false).compose(kb -> find(okapi, kbId));
    });
  }

  /** The settings of the calling user's knowledge base. */
  public Future<UcSettings> callersSettings(OkapiContext okapi) {
    return knowledgeBases.forCaller(okapi).compose(kb -> find(okapi, kb.id()));
  }

  /** knowledge base must exist -> check -> insert (a second set for it is refused by the unique index). */
  public Future<UcSettings> create(OkapiContext okapi, String credentialsId, UcSettingsAttributes attributes) {
    return Attempt.of(() -> {
      UUID kbId = Ids.fromPath(credentialsId);
      UcRules.Change change = UcRules.forCreation(attributes);
      UcSettings created = new UcSettings(UUID.randomUUID(), kbId, change.customerKey(), new UcSettingsDocument(
          change.field("startMonth"), change.field("currency"), change.field("platformType"), change.field("metricType"),
          RecordMetadata.createdBy(okapi.userId())));
      return knowledgeBases.require(db.pool(), okapi.tenant(), kbId, false)
          .compose(kb -> settings.insert(db.pool(), okapi.tenant(), created))
          .recover(Violations.on(Violations.UNIQUE, null, new JsonApiError(422,
              "Usage Consolidation settings already exist for KB credentials with id: " + kbId, "Change them with PATCH")));
    });
  }

  public Future<Void> patch(OkapiContext okapi, String credentialsId, UcSettingsAttributes attributes) {
    return Attempt.of(() -> {
      UUID kbId = Ids.fromPath(credentialsId);
      UcRules.Change change = UcRules.forPatch(attributes);
      return knowledgeBases.require(db.pool(), okapi.tenant(), kbId, false)
          .compose(kb -> settings.change(db.pool(), okapi.tenant(), kbId, change.customerKey(), change.fields(),
              RecordMetadata.updatedBy(okapi.userId())))
          .compose(found -> found ? Future.succeededFuture() : Future.failedFuture(notEnabled(kbId)));
    });
  }

  private Future<UcSettings> find(OkapiContext okapi, UUID kbId) {
    return settings.find(db.pool(), okapi.tenant(), kbId).map(found -> found.orElseThrow(() -> notEnabled(kbId)));
  }

  private static JsonApiError notEnabled(UUID kbId) {
    return new JsonApiError(404, "Usage Consolidation is not enabled for KB credentials with id: " + kbId, null);
  }
}

package org.folio.access.eholdings.settings.users;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import org.folio.access.eholdings.settings.common.Attempt;
import org.folio.access.eholdings.settings.common.Ids;
import org.folio.access.eholdings.settings.common.SettingsErrors;
import org.folio.access.eholdings.settings.common.Violations;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseService;
import org.folio.access.eholdings.settings.users.AssignedUser.UserDetails;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.rest.model.KbCredentialsUserRequestData;

/** Users assigned to knowledge bases; a user belongs to at most one (the unique user_id settles races). */
public final class AssignedUserService {
  private final Db db;
  private final KnowledgeBaseService knowledgeBases;
  private final AssignedUserRepository repository;
  private final UserDirectory directory;

  public AssignedUserService(Db db, KnowledgeBaseService knowledgeBases, AssignedUserRepository repository,
      UserDirectory directory) {
    this.db = db;
    this.knowledgeBases = knowledgeBases;
    this.repository = repository;
    this.directory = directory;
  }

  public Future<List<AssignedUser>> list(OkapiContext okapi, String credentialsId) {
    return knowledgeBases.get(okapi, credentialsId).compose(kb -> repository.list(db.pool(), okapi.tenant(), kb.id()));
  }

  /**
   * knowledge base must exist -> refuse a user assigned already -> details sent, else looked up -> insert
   * (the unique user_id refuses a concurrent second assignment).
   */
  public Future<AssignedUser> assign(OkapiContext okapi, String credentialsId, KbCredentialsUserRequestData data) {
    return Attempt.of(() -> {
      UUID kbId = Ids.fromPath(credentialsId);
      UUID userId = AssignedUserRules.userToAssign(data, kbId);
      UserDetails sent = AssignedUserRules.details(data);
      return knowledgeBases.require(db.pool(), okapi.tenant(), kbId, false)
          .compose(kb -> repository.find(db.pool(), okapi.tenant(), userId))
          .compose(existing -> existing.isEmpty() ? details(okapi, userId, sent)
              : Future.failedFuture(AssignedUserRules.assignedAlready()))
          .map(details -> new AssignedUser(userId, kbId, details))
          .compose(user -> repository.insert(db.pool(), okapi.tenant(), user).map(user))
          .recover(Violations.on(Violations.UNIQUE, null, AssignedUserRules.assignedAlready()))
          .recover(Violations.on(Violations.FOREIGN_KEY, null, SettingsErrors.knowledgeBaseNotFound(kbId)));
    });
  }

  private Future<UserDetails> details(OkapiContext okapi, UUID userId, UserDetails sent) {
    return sent.equals(UserDetails.NONE) ? directory.lookUp(okapi, userId) : Future.succeededFuture(sent);
  }

  /** Replaces what the assignment records about the user. */
  public Future<Void> update(OkapiContext okapi, String credentialsId, String userId, KbCredentialsUserRequestData data) {
    return Attempt.of(() -> {
      UUID kbId = Ids.fromPath(credentialsId);
      UUID user = Ids.fromPath(userId);
      AssignedUserRules.samePath(data, kbId, user);
      AssignedUser changed = new AssignedUser(user, kbId, AssignedUserRules.details(data));
      return knowledgeBases.require(db.pool(), okapi.tenant(), kbId, false)
          .compose(kb -> repository.update(db.pool(), okapi.tenant(), changed))
          .compose(found -> found ? Future.succeededFuture() : Future.failedFuture(AssignedUserRules.notAssigned(user)));
    });
  }

  public Future<Void> remove(OkapiContext okapi, String credentialsId, String userId) {
    return Attempt.of(() -> {
      UUID kbId = Ids.fromPath(credentialsId);
      UUID user = Ids.fromPath(userId);
      return knowledgeBases.require(db.pool(), okapi.tenant(), kbId, false)
          .compose(kb -> repository.delete(db.pool(), okapi.tenant(), kbId, user))
          .compose(found -> found ? Future.succeededFuture() : Future.failedFuture(AssignedUserRules.notAssigned(user)));
    });
  }
}

package org.folio.access.eholdings.settings.users;

import java.util.UUID;
import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.eholdings.settings.common.Ids;
import org.folio.access.eholdings.settings.common.SettingsErrors;
import org.folio.access.eholdings.settings.users.AssignedUser.UserDetails;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.KbCredentialsUserAttributes;
import org.folio.access.rest.model.KbCredentialsUserRequestData;

/** Reads the user an assignment request names, and the details it records about them. */
final class AssignedUserRules {
  static final int DETAIL_MAX = 255;

  private AssignedUserRules() {}

  /** The user a POST assigns: data.id, a UUID; a knowledge base named in the body must be the one in the path. */
  static UUID userToAssign(KbCredentialsUserRequestData data, UUID credentialsId) {
    if (data.getId() == null) {
      throw JsonApiError.violation("data.id", "null", "must not be null");
    }
    if (data.getId().isBlank()) {
      throw FieldRules.invalid("id", "id must not be empty");
    }
    UUID userId = Ids.parse(data.getId()).orElseThrow(() -> SettingsErrors.invalid("id", "id must be a UUID"));
    sameKnowledgeBase(data, credentialsId);
    return userId;
  }

  /** A PUT may repeat the user and knowledge base of its path, not name others. */
  static void samePath(KbCredentialsUserRequestData data, UUID credentialsId, UUID userId) {
    if (data.getId() != null && !Ids.parse(data.getId()).map(userId::equals).orElse(false)) {
      throw SettingsErrors.invalid("id", "id must be the user in the path");
    }
    sameKnowledgeBase(data, credentialsId);
  }

  static UserDetails details(KbCredentialsUserRequestData data) {
    KbCredentialsUserAttributes a = data.getAttributes();
    if (a == null) {
      return UserDetails.NONE;
    }
    return new UserDetails(FieldRules.optional("userName", a.getUserName(), DETAIL_MAX),
        FieldRules.optional("firstName", a.getFirstName(), DETAIL_MAX),
        FieldRules.optional("middleName", a.getMiddleName(), DETAIL_MAX),
        FieldRules.optional("lastName", a.getLastName(), DETAIL_MAX),
        FieldRules.optional("patronGroup", a.getPatronGroup(), DETAIL_MAX));
  }

  /** 400 for a user assigned already, to these or other credentials (the interface does not tell them apart). */
  static JsonApiError assignedAlready() {
    return new JsonApiError(400, "The user is already assigned to another credentials", null);
  }

  static JsonApiError notAssigned(UUID userId) {
    return new JsonApiError(404, "Assigned user not found by id: " + userId, null);
  }

  private static void sameKnowledgeBase(KbCredentialsUserRequestData data, UUID credentialsId) {
    String named = data.getCredentialsId() != null ? data.getCredentialsId()
        : data.getAttributes() == null ? null : data.getAttributes().getCredentialsId();
    if (named != null && !Ids.parse(named).map(credentialsId::equals).orElse(false)) {
      throw SettingsErrors.invalid("credentialsId", "credentialsId must be the knowledge base in the path");
    }
  }
}

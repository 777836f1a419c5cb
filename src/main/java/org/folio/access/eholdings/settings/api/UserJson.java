package org.folio.access.eholdings.settings.api;

import java.util.List;
import org.folio.access.eholdings.settings.users.AssignedUser;
import org.folio.access.rest.model.KbCredentialsUser;
import org.folio.access.rest.model.KbCredentialsUserAttributes;
import org.folio.access.rest.model.KbCredentialsUserCollection;

/** Assigned users as JSON:API documents. */
final class UserJson {
  private UserJson() {}

  static KbCredentialsUser item(AssignedUser user) {
    AssignedUser.UserDetails d = user.details();
    return new KbCredentialsUser().withId(user.userId().toString()).withType("assignedUsers")
        .withAttributes(new KbCredentialsUserAttributes().withCredentialsId(user.credentialsId().toString())
            .withUserName(d.userName()).withFirstName(d.firstName()).withMiddleName(d.middleName())
            .withLastName(d.lastName()).withPatronGroup(d.patronGroup()));
  }

  static KbCredentialsUserCollection collection(List<AssignedUser> users) {
    return new KbCredentialsUserCollection().withData(users.stream().map(UserJson::item).toList())
        .withMeta(SettingsJson.total(users.size())).withJsonapi(SettingsJson.jsonapi());
  }
}

package org.folio.access.eholdings.settings.users;

import java.util.UUID;

/** A user assigned to a knowledge base, with what the assignment records about them. */
public record AssignedUser(UUID userId, UUID credentialsId, UserDetails details) {

  /** The kb_credentials_users.jsonb document: the user's names and patron group as last sent. */
  public record UserDetails(String userName, String firstName, String middleName, String lastName, String patronGroup) {
    public static final UserDetails NONE = new UserDetails(null, null, null, null, null);
  }
}

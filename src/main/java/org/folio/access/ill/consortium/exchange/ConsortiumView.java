package org.folio.access.ill.consortium.exchange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A consortium as one tenant sees it: its own state, and the members when it is an accepted member. */
public record ConsortiumView(UUID id, String name, String createdBy, String state, List<Member> members, OffsetDateTime createdAt) {
  /** A member and its place in the rota. */
  public record Member(String tenant, String state, int position) {}
}

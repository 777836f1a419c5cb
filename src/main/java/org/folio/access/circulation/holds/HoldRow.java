package org.folio.access.circulation.holds;

import java.util.UUID;

/** A hold as the rules see it. */
public record HoldRow(UUID id, String resourceId, UUID patronId, String status) {}

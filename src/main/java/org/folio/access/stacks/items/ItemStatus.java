package org.folio.access.stacks.items;

import java.time.OffsetDateTime;

/** An item's realtime state as the ILS (or a lending) sets it: status id and label, and the due date if on loan. */
public record ItemStatus(String id, String label, OffsetDateTime dueDate) {}

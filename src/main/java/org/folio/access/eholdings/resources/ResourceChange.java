package org.folio.access.eholdings.resources;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** The state a resource is written with: columns and the JSONB document. */
public record ResourceChange(boolean selected, boolean hidden, String proxyId, UUID accessTypeId, JsonObject doc) {}

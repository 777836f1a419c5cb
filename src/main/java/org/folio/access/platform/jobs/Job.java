package org.folio.access.platform.jobs;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** A claimed background job: which tenant, what kind, its input, and how often it has been tried. */
public record Job(UUID id, String tenant, String type, JsonObject payload, int attempts) {}

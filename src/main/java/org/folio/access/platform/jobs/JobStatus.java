package org.folio.access.platform.jobs;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What a status endpoint shows of a job: state, the handler's progress document, error, times. */
public record JobStatus(UUID id, String type, String state, JsonObject progress, String error, int attempts,
    OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

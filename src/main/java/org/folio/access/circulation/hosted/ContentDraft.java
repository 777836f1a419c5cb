package org.folio.access.circulation.hosted;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;

/** One uploaded file as it is recorded before processing: what the uploader said of it and how it is stored. */
record ContentDraft(UUID id, String name, String fileName, String fileType, String viewType, UUID categoryId,
    List<String> tags, boolean drm, JsonObject metadata, JsonObject lending, ContentStore.StoredFile stored) {}

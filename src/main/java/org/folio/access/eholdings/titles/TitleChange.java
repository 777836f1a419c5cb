package org.folio.access.eholdings.titles;

import io.vertx.core.json.JsonObject;
import java.util.List;

/** The state a custom title is written with: columns (with its search keys) and the JSONB document. */
public record TitleChange(String name, String publicationType, String publisherName, List<String> isxn, String subjects,
    JsonObject doc) {}

package org.folio.access.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.folio.access.platform.json.Json;

/** The module's id as its built descriptor states it ("mod-access-services-0.1.0-SNAPSHOT"), read once. */
public final class ModuleId {
  private static final String FALLBACK = "mod-access-services";
  private static final String ID = read();

  private ModuleId() {}

  public static String get() {
    return ID;
  }

  private static String read() {
    try (InputStream in = ModuleId.class.getClassLoader().getResourceAsStream("descriptors/ModuleDescriptor-template.json")) {
      if (in == null) {
        return FALLBACK;
      }
      JsonNode id = Json.mapper().readTree(in).get("id");
      return id == null || id.asText().contains("${") ? FALLBACK : id.asText();
    } catch (IOException e) {
      return FALLBACK;
    }
  }
}

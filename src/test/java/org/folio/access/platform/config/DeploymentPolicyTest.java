package org.folio.access.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.folio.access.platform.Config;
import org.folio.access.platform.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The configuration policy as shipped: every variable documented in the descriptor, no credentials in any
 * descriptor, image or compose file, the embedded database never chosen by them, public routes justified.
 */
class DeploymentPolicyTest {
  private static JsonNode module;
  private static JsonNode deployment;

  @BeforeAll
  static void read() throws IOException {
    module = Json.mapper().readTree(Path.of("descriptors/ModuleDescriptor-template.json").toFile());
    deployment = Json.mapper().readTree(Path.of("descriptors/DeploymentDescriptor-template.json").toFile());
  }

  private static Map<String, JsonNode> byName(JsonNode entries) {
    Map<String, JsonNode> named = new HashMap<>();
    entries.forEach(e -> named.put(e.get("name").asText(), e));
    return named;
  }

  @Test
  void theDescriptorsEnvBlockDocumentsEveryVariableAndWhetherItIsRequired() {
    Map<String, JsonNode> env = byName(module.get("env"));
    for (String variable : Config.VARIABLES) {
      assertTrue(env.containsKey(variable), variable + " is not in the descriptor's env block");
      String description = env.get(variable).path("description").asText();
      assertTrue(description.startsWith("Required") || description.startsWith("Optional"), variable + ": " + description);
    }
    assertTrue(env.get("DB_USERNAME").get("description").asText().startsWith("Required with DB_HOST; no default"));
    assertTrue(env.get("DB_PASSWORD").get("description").asText().startsWith("Required with DB_HOST; no default"));
    env.values().forEach(e -> assertFalse(e.has("value"), "the documentation block sets nothing: " + e));
  }

  @Test
  void noLaunchEnvironmentShipsCredentialsOrChoosesTheEmbeddedDatabase() throws IOException {
    Map<String, JsonNode> launch = byName(module.path("launchDescriptor").path("env"));
    assertFalse(launch.containsKey("DB_USERNAME"), launch.toString());
    assertFalse(launch.containsKey("DB_PASSWORD"), launch.toString());
    assertFalse(launch.get("DB_HOST").get("value").asText().isBlank());
    assertEquals("false", launch.get("DB_EMBEDDED").get("value").asText());
    launch.values().forEach(e -> assertTrue(e.hasNonNull("value") && e.hasNonNull("description"), e.toString()));
    Map<String, JsonNode> deployed = byName(deployment.path("descriptor").path("env"));
    assertEquals("false", deployed.get("DB_EMBEDDED").get("value").asText());
    assertFalse(deployed.containsKey("DB_PASSWORD"));

    String image = Files.readString(Path.of("docker/Dockerfile"));
    assertTrue(image.contains("DB_EMBEDDED=false"), image);
    assertTrue(image.lines().filter(l -> l.startsWith("ENV") || l.startsWith("ARG"))
        .noneMatch(l -> l.contains("DB_PASSWORD") || l.contains("DB_USERNAME")), image);
    String compose = Files.readString(Path.of("docker/docker-compose.yml"));
    assertFalse(java.util.regex.Pattern.compile("(?m)^\\s*\\w*PASSWORD:\\s*[^$\\s]").matcher(compose).find(), "a literal password: " + compose);
    assertTrue(compose.contains("DB_PASSWORD: ${DB_PASSWORD:?"), compose);
  }

  @Test
  void theOnlyPermissionFreeRoutesAreTheJustifiedOnes() throws IOException {
    Set<String> open = new TreeSet<>();
    module.get("provides").forEach(i -> {
      if (!"system".equals(i.path("interfaceType").asText())) {
        i.get("handlers").forEach(h -> {
          if (h.path("permissionsRequired").isEmpty()) {
            h.get("methods").forEach(m -> open.add(m.asText() + " " + h.get("pathPattern").asText()));
          }
        });
      }
    });
    assertEquals(Set.of("GET /_/jsonSchemas", "GET /_/ramls", "GET /econtent/fulfillment/{token}"), open);
    String readme = Files.readString(Path.of("README.md"));
    String justified = readme.substring(readme.indexOf("### Endpoints without a permission"));
    assertTrue(justified.contains("`GET /econtent/fulfillment/{token}`"), justified);
  }
}

package org.folio.access.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.resource.ApiCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The descriptor a gateway reads must route exactly the contract's methods, each with its permissions. */
class ModuleDescriptorTest {
  /** Platform handlers the module serves outside the RAML contracts. */
  private static final Set<String> PLATFORM_HANDLERS = Set.of("GET /_/jsonSchemas", "GET /_/ramls");
  private static JsonNode descriptor;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = ModuleDescriptorTest.class.getResourceAsStream("/descriptors/ModuleDescriptor-template.json")) {
      descriptor = Json.mapper().readTree(in);
    }
  }

  @Test
  void theIdCarriesASemanticVersion() {
    assertTrue(descriptor.get("id").asText().matches("mod-access-services-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
        descriptor.get("id").asText());
  }

  @Test
  void everyInterfaceHasAMajorMinorVersion() {
    descriptor.get("provides").forEach(i ->
        assertTrue(i.path("version").asText().matches("\\d+\\.\\d+"), i.get("id").asText()));
  }

  @Test
  void everyHandlerOutsideSystemInterfacesDeclaresItsPermissions() {
    descriptor.get("provides").forEach(i -> {
      if (!"system".equals(i.path("interfaceType").asText())) {
        i.get("handlers").forEach(h -> assertTrue(h.path("permissionsRequired").isArray(),
            i.get("id").asText() + " " + h.get("pathPattern").asText()));
      }
    });
  }

  @Test
  void everyRamlMethodHasAHandlerAndEveryHandlerARamlMethod() {
    Set<String> contract = new TreeSet<>();
    ApiCatalog.METHODS.forEach(m -> contract.add(normalise(m)));
    Set<String> handlers = new TreeSet<>(handlers());
    handlers.removeAll(PLATFORM_HANDLERS);
    assertEquals(contract, handlers);
  }

  @Test
  void everyRequiredPermissionIsDefinedInThePermissionSets() {
    Set<String> defined = new HashSet<>();
    descriptor.get("permissionSets").forEach(p -> defined.add(p.get("permissionName").asText()));
    List<String> undefined = new ArrayList<>();
    descriptor.get("provides").forEach(i -> i.get("handlers").forEach(h ->
        h.path("permissionsRequired").forEach(p -> {
          if (!defined.contains(p.asText())) {
            undefined.add(p.asText());
          }
        })));
    assertEquals(List.of(), undefined);
  }

  @Test
  void everySubPermissionOfASetIsDefined() {
    Set<String> defined = new HashSet<>();
    descriptor.get("permissionSets").forEach(p -> defined.add(p.get("permissionName").asText()));
    List<String> undefined = new ArrayList<>();
    descriptor.get("permissionSets").forEach(p -> p.path("subPermissions").forEach(s -> {
      if (!defined.contains(s.asText())) {
        undefined.add(s.asText());
      }
    }));
    assertEquals(List.of(), undefined);
  }

  private static List<String> handlers() {
    List<String> list = new ArrayList<>();
    descriptor.get("provides").forEach(i -> i.get("handlers").forEach(h ->
        h.get("methods").forEach(m -> list.add(normalise(m.asText() + " " + h.get("pathPattern").asText())))));
    return list;
  }

  /** "GET /_/tenant/{operationId}" and "GET /_/tenant/{id}" are the same route. */
  static String normalise(String method) {
    return method.replaceAll("\\{[^}]+}", "{}");
  }
}

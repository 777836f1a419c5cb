package org.folio.access.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.folio.access.platform.json.Json;
import org.junit.jupiter.api.Test;

/**
 * Contract lint as the platform's CI runs it (api-schema-lint): every property of every JSON schema in
 * ramls/schemas carries a description, also one that is only a $ref (the description goes beside it); and
 * every schema file is used by a RAML file or another schema.
 */
class SchemaDescriptionsTest {
  private static final Path RAMLS = Path.of("ramls");
  private static final Pattern REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"([^\"#]+\\.json)");
  private static final Pattern INCLUDE = Pattern.compile("schemas/([\\w.-]+\\.json)");

  private static List<Path> schemaFiles() throws IOException {
    try (Stream<Path> files = Files.list(RAMLS.resolve("schemas"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** "file: path.to.property" of every property without a description, nested ones too. */
  static List<String> undescribed(String file, JsonNode schema) {
    List<String> missing = new ArrayList<>();
    walk(file, "", schema, missing);
    return missing;
  }

  private static void walk(String file, String path, JsonNode node, List<String> missing) {
    if (node == null || !node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
      String name = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
      if (!property.getValue().hasNonNull("description") || property.getValue().get("description").asText().isBlank()) {
        missing.add(file + ": " + name);
      }
      walk(file, name, property.getValue(), missing);
    }
    walk(file, path + "[]", node.get("items"), missing);
    if (node.path("additionalProperties").isObject()) {
      walk(file, path + "{}", node.get("additionalProperties"), missing);
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      node.path(combinator).forEach(part -> walk(file, path, part, missing));
    }
    for (String group : List.of("definitions", "patternProperties")) {
      node.path(group).properties().forEach(e -> walk(file, path + "#" + e.getKey(), e.getValue(), missing));
    }
  }

  @Test
  void everySchemaPropertyHasADescription() throws IOException {
    List<String> missing = new ArrayList<>();
    List<Path> files = schemaFiles();
    for (Path file : files) {
      missing.addAll(undescribed(file.getFileName().toString(), Json.mapper().readTree(file.toFile())));
    }
    assertTrue(files.size() > 100, "found only " + files.size() + " schemas");
    assertEquals(List.of(), missing, missing.size() + " schema properties without a description");
  }

  @Test
  void theLintSeesPropertiesThatOnlyRefer() throws IOException {
    JsonNode schema = Json.mapper().readTree("{\"properties\":{\"meta\":{\"$ref\":\"m.json\"},"
        + "\"items\":{\"type\":\"array\",\"description\":\"d\",\"items\":{\"properties\":{\"id\":{\"type\":\"string\"}}}},"
        + "\"ok\":{\"$ref\":\"m.json\",\"description\":\"The meta\"}}}");
    assertEquals(List.of("x.json: meta", "x.json: items[].id"), undescribed("x.json", schema));
  }

  @Test
  void everySchemaFileIsUsed() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> ramls = Files.list(RAMLS)) {
      for (Path raml : ramls.filter(p -> p.toString().endsWith(".raml")).toList()) {
        Matcher m = INCLUDE.matcher(Files.readString(raml));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    for (Path file : schemaFiles()) {
      Matcher m = REF.matcher(Files.readString(file));
      while (m.find()) {
        used.add(Path.of(m.group(1)).getFileName().toString());
      }
    }
    Set<String> unused = new TreeSet<>();
    schemaFiles().forEach(f -> unused.add(f.getFileName().toString()));
    unused.removeAll(used);
    assertEquals(Set.of(), unused, "schemas that no RAML file or schema uses");
  }
}

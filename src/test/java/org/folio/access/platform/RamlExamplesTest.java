package org.folio.access.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.folio.access.platform.json.Json;
import org.folio.access.platform.validation.SchemaValidator;
import org.junit.jupiter.api.Test;
import org.raml.v2.api.RamlModelBuilder;
import org.raml.v2.api.RamlModelResult;
import org.raml.v2.api.model.v10.datamodel.TypeDeclaration;
import org.raml.v2.api.model.v10.methods.Method;
import org.raml.v2.api.model.v10.resources.Resource;

/** Every RAML file parses, every method has a description, and every body example fits its schema. */
class RamlExamplesTest {
  private static final Path RAMLS = Path.of("ramls");
  private static final Pattern TYPE_INCLUDE = Pattern.compile("^\\s+([A-Za-z][\\w-]*):\\s*!include\\s+(\\S+\\.json)\\s*$", Pattern.MULTILINE);
  private final SchemaValidator validator = new SchemaValidator();

  @Test
  void everyExampleFitsItsSchemaAndEveryMethodIsDescribed() throws IOException {
    List<String> problems = new ArrayList<>();
    int examples = 0;
    for (Path raml : ramlFiles()) {
      RamlModelResult model = new RamlModelBuilder().buildApi(raml.toFile());
      assertFalse(model.hasErrors(), raml + ": " + model.getValidationResults());
      Map<String, String> schemas = typeSchemas(Files.readString(raml));
      for (Method method : methods(model.getApiV10().resources())) {
        String where = raml.getFileName() + " " + method.method().toUpperCase() + " " + method.resource().resourcePath();
        if (method.description() == null || method.description().value().isBlank()) {
          problems.add(where + ": no description");
        }
        List<TypeDeclaration> bodies = new ArrayList<>(method.body());
        method.responses().forEach(r -> bodies.addAll(r.body()));
        for (TypeDeclaration body : bodies) {
          if (schemas.containsKey(body.type())) {
            examples += check(where, body, schemas.get(body.type()), problems);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(examples > 0, "no example was checked");
  }

  @Test
  void everyExampleFileIsValidJson() throws IOException {
    try (Stream<Path> files = Files.list(RAMLS.resolve("examples"))) {
      for (Path file : files.toList()) {
        assertTrue(Json.mapper().readTree(file.toFile()).isContainerNode(), file.toString());
      }
    }
  }

  private int check(String where, TypeDeclaration body, String schemaFile, List<String> problems) throws IOException {
    if (body.example() == null) {
      problems.add(where + " " + body.name() + ": no example");
      return 0;
    }
    JsonNode example = Json.mapper().readTree(body.example().value());
    validator.problems("ramls/" + schemaFile, example)
        .forEach(m -> problems.add(where + " example for " + schemaFile + ": " + m.getMessage()));
    return 1;
  }

  private static List<Path> ramlFiles() throws IOException {
    try (Stream<Path> files = Files.list(RAMLS)) {
      return files.filter(p -> p.toString().endsWith(".raml")).sorted().toList();
    }
  }

  private static List<Method> methods(List<Resource> resources) {
    List<Method> all = new ArrayList<>();
    for (Resource r : resources) {
      all.addAll(r.methods());
      all.addAll(methods(r.resources()));
    }
    return all;
  }

  private static Map<String, String> typeSchemas(String text) {
    Map<String, String> map = new HashMap<>();
    Matcher m = TYPE_INCLUDE.matcher(text);
    while (m.find()) {
      map.put(m.group(1), m.group(2));
    }
    return map;
  }
}

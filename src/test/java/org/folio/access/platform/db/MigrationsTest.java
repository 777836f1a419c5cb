package org.folio.access.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void everyMigrationFileIsListedInOrderAndNothingElse() throws IOException {
    for (String set : List.of("tenant", "platform")) {
      List<String> listed = new Migrations(set).all().stream().map(Migrations.Migration::file).toList();
      assertEquals(filesOf(set), listed.stream().sorted().toList(), set);
      assertEquals(listed.stream().sorted().toList(), listed, set + " is listed out of order");
    }
  }

  @Test
  void versionsComeFromTheFileNames() {
    Migrations.Migration first = new Migrations("tenant").all().get(0);
    assertEquals(1, first.version());
    assertEquals("V001__outbox.sql", first.file());
  }

  private static List<String> filesOf(String set) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db", set))) {
      return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".sql")).sorted().toList();
    }
  }
}

package org.folio.access.eholdings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.folio.access.eholdings.kbart.Isxn;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Package;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Resource;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Title;
import org.junit.jupiter.api.Test;

class SampleGeneratorTest {
  private final SampleKnowledgeBase sample = SampleGenerator.generate(SampleGenerator.SEED);

  @Test
  void theSameSeedGivesTheSameSampleAndAnotherSeedAnother() {
    assertEquals(sample, SampleGenerator.generate(SampleGenerator.SEED));
    assertNotEquals(sample.resources(), SampleGenerator.generate(1).resources());
  }

  @Test
  void sixProvidersWithTwoDozenPackagesOfEveryContentTypeAndTenCustomPackages() {
    assertEquals(6, sample.providers().size());
    Map<String, Long> byType = sample.packages().stream().filter(p -> !p.custom())
        .collect(Collectors.groupingBy(Package::contentType, Collectors.counting()));
    assertEquals(9, byType.size());
    byType.values().forEach(n -> assertEquals(24L, n));
    assertEquals(10, sample.packages().stream().filter(Package::custom).count());
    assertEquals(sample.packages().size(), sample.packages().stream().map(p -> p.name().toLowerCase()).distinct().count());
  }

  @Test
  void managedTitlesHaveUniqueKeysAndValidIdentifiers() {
    Set<String> refs = new HashSet<>();
    for (Title t : sample.titles()) {
      assertTrue(refs.add(t.ref()), t.ref());
      new JsonObject(t.document()).getJsonArray("identifiers").forEach(i -> {
        JsonObject id = (JsonObject) i;
        assertTrue("ISSN".equals(id.getString("type")) ? Isxn.isIssn(id.getString("id")) : Isxn.isIsbn(id.getString("id")),
            id.encode());
      });
    }
    assertEquals(5300, sample.titles().stream().filter(t -> !t.custom()).count());
    assertEquals(3000, sample.titles().stream().filter(t -> "Journal".equals(t.publicationType())).count());
    assertTrue(sample.titles().stream().filter(t -> "Book".equals(t.publicationType()) && !t.custom())
        .allMatch(t -> !new JsonObject(t.document()).getJsonArray("contributors").isEmpty()));
    assertTrue(sample.titles().stream().allMatch(t -> !t.subjects().isEmpty() && t.publisherName() != null));
  }

  @Test
  void resourcesReferToSampleRecordsAndSelectedPackagesHaveEveryResourceSelected() {
    Set<String> titleRefs = sample.titles().stream().map(Title::ref).collect(Collectors.toSet());
    Map<String, Package> packages = sample.packages().stream().collect(Collectors.toMap(Package::name, p -> p));
    Set<String> pairs = new HashSet<>();
    for (Resource r : sample.resources()) {
      assertTrue(titleRefs.contains(r.titleRef()), r.titleRef());
      assertEquals(packages.get(r.packageName()).selected(), r.selected(), r.packageName());
      assertTrue(pairs.add(r.packageName() + "|" + r.titleRef()), "a title once per package");
    }
    assertTrue(sample.packages().stream().filter(p -> !p.custom()).anyMatch(Package::selected));
    assertTrue(sample.packages().stream().filter(p -> !p.custom()).anyMatch(p -> !p.selected()));
    assertTrue(sample.resources().size() > 5000, "some thousands of resources: " + sample.resources().size());
  }

  @Test
  void someRecordsOfEveryKindAreTagged() {
    Set<String> kinds = sample.tags().stream().map(SampleKnowledgeBase.Tag::recordType).collect(Collectors.toSet());
    assertEquals(Set.of("provider", "package", "title", "resource"), kinds);
  }
}

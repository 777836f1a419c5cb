package org.folio.access.eholdings.sample;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Package;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Resource;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Title;

/**
 * Managed packages of the sample, two dozen of every content type, each with titles of its kind (mostly of its
 * own field of study); about a quarter of them selected with all their resources.
 */
final class SamplePackages {
  static final int PER_CONTENT_TYPE = 24;
  static final Map<String, String> LABELS = Map.of("E-Journal", "Journals", "Aggregated Full Text", "Full Text",
      "Abstract and Index", "Index", "Print", "Print Archive", "E-Book", "eBooks", "Streaming Media", "Video",
      "Online Reference", "Reference", "Mixed Content", "Collection", "Unknown", "Backfile");
  static final List<String> CONTENT_TYPES = List.of("E-Journal", "Aggregated Full Text", "Abstract and Index", "Print",
      "E-Book", "Streaming Media", "Online Reference", "Mixed Content", "Unknown");
  private final Random random;
  private final Map<List<Title>, Map<Integer, List<Title>>> byField = new java.util.IdentityHashMap<>();

  SamplePackages(Random random) {
    this.random = random;
  }

  /** Packages and their resources, appended to the given lists. */
  void managed(List<Title> journals, List<Title> books, List<Title> videos, List<Package> packages, List<Resource> resources) {
    for (int t = 0; t < CONTENT_TYPES.size(); t++) {
      String type = CONTENT_TYPES.get(t);
      for (int j = 0; j < PER_CONTENT_TYPE; j++) {
        String provider = SampleWords.PROVIDERS.get((t + j) % SampleWords.PROVIDERS.size());
        int field = (j * 7 + t) % SampleWords.FIELDS.size();
        String name = provider.split(" ")[0] + " " + SampleWords.FIELDS.get(field) + " " + LABELS.get(type);
        boolean selected = random.nextInt(4) == 0;
        JsonObject doc = new JsonObject().put("packageType", selected || random.nextBoolean() ? "Complete" : "Variable")
            .put("allowKbToAddTitles", selected);
        packages.add(new Package(provider.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT), name, type, false,
            selected, doc.encode()));
        for (Title title : pick(pool(type, journals, books, videos), field, 12 + random.nextInt(49))) {
          resources.add(new Resource(name, title.ref(), selected, managedResource(provider, title)));
        }
      }
    }
  }

  private List<Title> pool(String type, List<Title> journals, List<Title> books, List<Title> videos) {
    return switch (type) {
      case "E-Book", "Online Reference" -> books;
      case "Streaming Media" -> videos;
      case "Mixed Content", "Unknown" -> random.nextBoolean() ? journals : books;
      default -> journals;
    };
  }

  /** About half the titles of the package's own field, the rest at random, never one twice. */
  private List<Title> pick(List<Title> pool, int field, int count) {
    Set<Title> chosen = new LinkedHashSet<>();
    List<Title> ofField = byField.computeIfAbsent(pool, p -> p.stream()
        .collect(java.util.stream.Collectors.groupingBy(t -> SampleTitles.fieldOf(t.name())))).getOrDefault(field, List.of());
    for (int i = 0; i < ofField.size() && chosen.size() < count / 2; i++) {
      chosen.add(ofField.get(i));
    }
    while (chosen.size() < Math.min(count, pool.size())) {
      chosen.add(pool.get(random.nextInt(pool.size())));
    }
    return new ArrayList<>(chosen);
  }

  private String managedResource(String provider, Title title) {
    String host = provider.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".example.com";
    JsonObject doc = new JsonObject().put("url", "https://" + host + "/title/" + title.ref().replace(':', '/'))
        .put("managedCoverages", coverages(title)).put("customCoverages", new JsonArray());
    if ("Journal".equals(title.publicationType()) && random.nextInt(5) == 0) {
      doc.put("managedEmbargoPeriod", random.nextBoolean()
          ? new JsonObject().put("embargoUnit", "Months").put("embargoValue", 6)
          : new JsonObject().put("embargoUnit", "Years").put("embargoValue", 1));
    }
    return doc.encode();
  }

  private JsonArray coverages(Title title) {
    if ("Journal".equals(title.publicationType())) {
      int begin = 1950 + random.nextInt(66);
      boolean ceased = random.nextInt(6) == 0;
      String end = ceased ? (begin + 1 + random.nextInt(2024 - begin)) + "-12-31" : "";
      return new JsonArray().add(new JsonObject().put("beginCoverage", begin + "-01-01").put("endCoverage", end));
    }
    if ("Book".equals(title.publicationType())) {
      int year = 1990 + random.nextInt(35);
      return new JsonArray().add(new JsonObject().put("beginCoverage", year + "-01-01").put("endCoverage", year + "-12-31"));
    }
    return new JsonArray();
  }
}

package org.folio.access.eholdings.sample;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Package;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Provider;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Resource;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Tag;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Title;

/**
 * Makes the sample knowledge base from a seed: the same seed always gives the same records. Six managed
 * providers with 216 packages over the nine content types and 5,300 titles; ten custom packages of the
 * tenant's own provider with their custom titles; tags on some records of every kind.
 */
final class SampleGenerator {
  static final long SEED = 20_261_123L;
  static final int CUSTOM_PACKAGES = 10;
  private static final List<String> CUSTOM_TYPES = List.of("E-Book", "E-Journal", "Online Reference", "Streaming Media",
      "Mixed Content");

  private SampleGenerator() {}

  static SampleKnowledgeBase generate(long seed) {
    Random random = new Random(seed);
    SampleTitles titleMaker = new SampleTitles(random);
    List<Title> journals = titleMaker.journals();
    List<Title> books = titleMaker.books();
    List<Title> videos = titleMaker.videos();
    List<Title> titles = new ArrayList<>(journals);
    titles.addAll(books);
    titles.addAll(videos);
    List<Package> packages = new ArrayList<>();
    List<Resource> resources = new ArrayList<>();
    new SamplePackages(random).managed(journals, books, videos, packages, resources);
    custom(random, titleMaker, packages, titles, resources);
    List<Provider> providers = SampleWords.PROVIDERS.stream()
        .map(name -> new Provider(name.toLowerCase(Locale.ROOT), name)).toList();
    return new SampleKnowledgeBase(providers, packages, titles, resources, tags(random, providers, packages, titles, resources));
  }

  private static void custom(Random random, SampleTitles titleMaker, List<Package> packages, List<Title> titles,
      List<Resource> resources) {
    for (int c = 0; c < CUSTOM_PACKAGES; c++) {
      int field = (c * 13 + 5) % SampleWords.FIELDS.size();
      String name = "Local " + SampleWords.FIELDS.get(field) + " Resources";
      JsonObject doc = new JsonObject().put("packageType", "Custom");
      if (c % 3 == 0) {
        doc.put("customCoverage", new JsonObject().put("beginCoverage", (1990 + c) + "-01-01").put("endCoverage", ""));
      }
      packages.add(new Package(null, null, name, CUSTOM_TYPES.get(c % CUSTOM_TYPES.size()), true, true, doc.encode()));
      for (Title title : titleMaker.custom(name, field, 5 + random.nextInt(16))) {
        titles.add(title);
        JsonObject resource = new JsonObject()
            .put("url", "https://library.example.edu/local/" + Math.abs(title.name().hashCode()))
            .put("managedCoverages", new JsonArray()).put("customCoverages", new JsonArray());
        if (random.nextInt(4) == 0) {
          resource.put("coverageStatement", "Held in the library's own repository.");
        }
        resources.add(new Resource(name, title.ref(), true, resource.encode()));
      }
    }
  }

  private static List<Tag> tags(Random random, List<Provider> providers, List<Package> packages, List<Title> titles,
      List<Resource> resources) {
    List<Tag> tags = new ArrayList<>();
    tags.add(new Tag("provider", providers.get(0).key(), "core"));
    tags.add(new Tag("provider", providers.get(2).key(), "consortial"));
    for (Package p : packages) {
      if (random.nextInt(8) == 0) {
        tags.add(new Tag("package", p.name(), tag(random)));
      }
    }
    for (Title t : titles) {
      if (random.nextInt(100) == 0) {
        tags.add(new Tag("title", t.ref(), tag(random)));
      }
    }
    for (Resource r : resources) {
      if (r.selected() && random.nextInt(40) == 0) {
        tags.add(new Tag("resource", r.packageName() + "|" + r.titleRef(), tag(random)));
      }
    }
    return tags;
  }

  private static String tag(Random random) {
    return SampleWords.TAGS.get(random.nextInt(SampleWords.TAGS.size()));
  }
}

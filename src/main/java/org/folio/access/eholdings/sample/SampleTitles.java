package org.folio.access.eholdings.sample;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.folio.access.eholdings.kbart.Isxn;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Title;

/**
 * Managed titles of the sample: journals with valid print and online ISSNs, books with valid ISBN-13s and
 * authors, streaming videos without identifiers; keyed as KBART imports key them, so that a later import of
 * the same ISSN or ISBN updates the sample title instead of adding a second one. Also custom titles.
 */
final class SampleTitles {
  static final int JOURNALS = 3000;
  static final int BOOKS = 2000;
  static final int VIDEOS = 300;
  private final Random random;
  private int customIsbns;

  SampleTitles(Random random) {
    this.random = random;
  }

  /** The field of study a name is about: its index in SampleWords.FIELDS, or -1. */
  static int fieldOf(String name) {
    for (int f = 0; f < SampleWords.FIELDS.size(); f++) {
      if (name.contains(SampleWords.FIELDS.get(f))) {
        return f;
      }
    }
    return -1;
  }

  List<Title> journals() {
    List<String> names = combinations(SampleWords.JOURNAL_FORMS, SampleWords.JOURNAL_QUALIFIERS, "");
    List<Title> titles = new ArrayList<>(JOURNALS);
    for (int i = 0; i < JOURNALS; i++) {
      String print = Isxn.issnOf(1_000_000 + 2 * i);
      String online = Isxn.issnOf(1_000_000 + 2 * i + 1);
      JsonArray ids = new JsonArray().add(identifier(print, "ISSN", "Print")).add(identifier(online, "ISSN", "Online"));
      titles.add(title("issn:" + Isxn.compact(online), names.get(i), "Journal", ids, new JsonArray(),
          List.of(Isxn.compact(print), Isxn.compact(online)), null, random.nextInt(10) < 8));
    }
    return titles;
  }

  List<Title> books() {
    List<String> names = combinations(SampleWords.BOOK_FORMS, List.of(""), "subtitles");
    List<Title> titles = new ArrayList<>(BOOKS);
    for (int i = 0; i < BOOKS; i++) {
      String print = Isxn.isbnOf(100_000 + i);
      String online = Isxn.isbnOf(600_000 + i);
      JsonArray ids = new JsonArray().add(identifier(print, "ISBN", "Print")).add(identifier(online, "ISBN", "Online"));
      JsonArray authors = new JsonArray().add(contributor("Author"));
      if (random.nextInt(3) == 0) {
        authors.add(contributor(random.nextBoolean() ? "Author" : "Editor"));
      }
      titles.add(title("isbn:" + online, names.get(i), "Book", ids, authors, List.of(print, online),
          String.valueOf(1 + random.nextInt(3)), false));
    }
    return titles;
  }

  List<Title> videos() {
    List<Title> titles = new ArrayList<>(VIDEOS);
    for (int i = 0; i < VIDEOS; i++) {
      String name = SampleWords.FIELDS.get(i % SampleWords.FIELDS.size()) + " Lecture Series " + (1 + i / SampleWords.FIELDS.size());
      titles.add(title("kbart:ironwood media:v" + i, name, "Streaming Video", new JsonArray(), new JsonArray(),
          List.of(), null, false));
    }
    return titles;
  }

  /** Custom titles of one custom package about a field; names are unique across the sample. */
  List<Title> custom(String packageName, int field, int count) {
    List<Title> titles = new ArrayList<>(count);
    for (int k = 1; k <= count; k++) {
      String name = SampleWords.FIELDS.get(field) + " Local Notes " + k + " (" + packageName + ")";
      boolean book = random.nextBoolean();
      JsonArray ids = new JsonArray();
      List<String> isxn = new ArrayList<>();
      if (book && random.nextBoolean()) {
        String isbn = Isxn.isbnOf(900_000 + customIsbns++);
        ids.add(identifier(isbn, "ISBN", "Print"));
        isxn.add(isbn);
      }
      Title t = title(name, name, book ? "Book" : "Report", ids, new JsonArray().add(contributor("Author")), isxn, null, false);
      titles.add(new Title(t.ref(), t.name(), t.publicationType(), t.publisherName(), t.isxn(), t.subjects(), true, t.document()));
    }
    return titles;
  }

  private Title title(String ref, String name, String type, JsonArray identifiers, JsonArray contributors,
      List<String> isxn, String edition, boolean peerReviewed) {
    String publisher = SampleWords.PUBLISHERS.get(random.nextInt(SampleWords.PUBLISHERS.size()));
    int field = Math.max(0, fieldOf(name));
    JsonArray subjects = new JsonArray().add(new JsonObject().put("type", "TLI").put("subject", SampleWords.FIELDS.get(field)));
    if (random.nextInt(4) == 0) {
      int other = (field + 1 + random.nextInt(SampleWords.FIELDS.size() - 1)) % SampleWords.FIELDS.size();
      subjects.add(new JsonObject().put("type", "TLI").put("subject", SampleWords.FIELDS.get(other)));
    }
    JsonObject doc = new JsonObject().put("name", name).put("publicationType", type).put("publisherName", publisher)
        .put("edition", edition).put("description", type + " about " + SampleWords.FIELDS.get(field).toLowerCase(Locale.ROOT) + ".")
        .put("isPeerReviewed", peerReviewed).put("contributors", contributors).put("identifiers", identifiers)
        .put("subjects", subjects);
    if (edition == null) {
      doc.remove("edition");
    }
    String joined = String.join(" | ", subjects.stream().map(s -> ((JsonObject) s).getString("subject")).toList());
    return new Title(ref, name, type, publisher, isxn.stream().map(Isxn::compact).toList(), joined, false, doc.encode());
  }

  private JsonObject contributor(String type) {
    return new JsonObject().put("type", type).put("contributor",
        SampleWords.FIRST_NAMES.get(random.nextInt(SampleWords.FIRST_NAMES.size())) + " "
            + SampleWords.LAST_NAMES.get(random.nextInt(SampleWords.LAST_NAMES.size())));
  }

  private static JsonObject identifier(String id, String type, String subtype) {
    return new JsonObject().put("id", id).put("type", type).put("subtype", subtype);
  }

  /** Every form x qualifier x field (or x subtitle for books), shuffled: distinct names in a seeded order. */
  private List<String> combinations(List<String> forms, List<String> qualifiers, String subtitles) {
    List<String> names = new ArrayList<>();
    List<String> endings = subtitles.isEmpty() ? List.of("") : SampleWords.BOOK_SUBTITLES;
    for (String form : forms) {
      for (String qualifier : qualifiers) {
        for (String field : SampleWords.FIELDS) {
          for (String ending : endings) {
            names.add(String.format(form, qualifier + field) + ending);
          }
        }
      }
    }
    Collections.shuffle(names, random);
    return names;
  }
}

package org.folio.access.eholdings.titles;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.Contributor;
import org.folio.access.rest.model.Identifier;
import org.folio.access.rest.model.TitleWriteAttributes;

/** The field rules of custom titles, and the state (with search keys) a checked title is written with. */
public final class TitleRules {
  static final List<String> PUBLICATION_TYPES = List.of("Audiobook", "Book", "Book Series", "Database", "Journal",
      "Newsletter", "Newspaper", "Proceedings", "Report", "Streaming Audio", "Streaming Video", "Thesis & Dissertation",
      "Website", "Unspecified");
  private static final Set<String> IDENTIFIER_TYPES = Set.of("ISSN", "ISBN");

  private TitleRules() {}

  public static TitleChange read(TitleWriteAttributes a) {
    FieldRules.notEmpty("name", a.getName());
    FieldRules.maxLength("name", a.getName(), 400);
    FieldRules.notEmpty("publicationType", a.getPublicationType());
    String type = publicationType(a.getPublicationType())
        .orElseThrow(() -> FieldRules.invalid("publicationType", "publicationType has an invalid value"));
    FieldRules.maxLength("publisherName", a.getPublisherName(), 250);
    FieldRules.maxLength("edition", a.getEdition(), 250);
    FieldRules.maxLength("description", a.getDescription(), 400);
    List<Identifier> identifiers = a.getIdentifiers() == null ? List.of() : a.getIdentifiers();
    identifiers.forEach(TitleRules::checkIdentifier);
    List<Contributor> contributors = a.getContributors() == null ? List.of() : a.getContributors();
    contributors.forEach(c -> {
      FieldRules.notEmpty("contributor", c.getContributor());
      FieldRules.maxLength("contributor", c.getContributor(), 250);
    });
    userDefinedFields(a);
    JsonObject doc = new JsonObject().put("name", a.getName().trim()).put("publicationType", type)
        .put("publisherName", FieldRules.blankToNull(a.getPublisherName())).put("edition", FieldRules.blankToNull(a.getEdition()))
        .put("description", FieldRules.blankToNull(a.getDescription()))
        .put("isPeerReviewed", Boolean.TRUE.equals(a.getIsPeerReviewed()))
        .put("contributors", new JsonArray(contributors.stream().map(c -> new JsonObject()
            .put("type", c.getType()).put("contributor", c.getContributor().trim())).toList()))
        .put("identifiers", new JsonArray(identifiers.stream().map(i -> new JsonObject().put("id", i.getId().trim())
            .put("type", i.getType().toUpperCase(Locale.ROOT)).put("subtype", i.getSubtype())).toList()))
        .put("subjects", new JsonArray());
    Set<String> isxn = new LinkedHashSet<>();
    identifiers.forEach(i -> isxn.add(TitleFilters.normaliseIsxn(i.getId())));
    return new TitleChange(a.getName().trim(), type, FieldRules.blankToNull(a.getPublisherName()), List.copyOf(isxn), "", doc);
  }

  /** The custom label values a title request gives its resource (only those given). */
  public static Map<String, String> userDefinedFields(TitleWriteAttributes a) {
    String[] values = {a.getUserDefinedField1(), a.getUserDefinedField2(), a.getUserDefinedField3(), a.getUserDefinedField4(),
        a.getUserDefinedField5()};
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      FieldRules.maxLength("userDefinedField" + (i + 1), values[i], 500);
      if (values[i] != null) {
        fields.put("userDefinedField" + (i + 1), values[i]);
      }
    }
    return fields;
  }

  /** "journal", "Audio Book" and "Thesis/Dissertation" name Journal, Audiobook and Thesis & Dissertation. */
  static Optional<String> publicationType(String text) {
    String key = letters(text);
    return PUBLICATION_TYPES.stream().filter(t -> letters(t).equals(key)).findFirst();
  }

  private static void checkIdentifier(Identifier identifier) {
    String id = identifier.getId();
    if (id == null || id.isBlank() || id.trim().length() > 20) {
      throw new JsonApiError(422, "Invalid Identifier id", "Identifier id must be given, at most 20 characters");
    }
    if (identifier.getType() == null || !IDENTIFIER_TYPES.contains(identifier.getType().toUpperCase(Locale.ROOT))) {
      throw new JsonApiError(422, "Invalid Identifier type", "Identifier type must be ISSN or ISBN");
    }
  }

  private static String letters(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }
}

package org.folio.access.eholdings.titles;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.folio.access.eholdings.common.jsonapi.JsonApi;
import org.folio.access.rest.model.Contributor;
import org.folio.access.rest.model.EholdingsRelationship;
import org.folio.access.rest.model.Identifier;
import org.folio.access.rest.model.Subject;
import org.folio.access.rest.model.TitleAttributes;
import org.folio.access.rest.model.TitleRecord;
import org.folio.access.rest.model.TitleRelationships;

/** A stored title as the interface shows it. */
public final class TitleMapper {
  public static final String TYPE = "titles";

  private TitleMapper() {}

  public static TitleRecord record(TitleRow row, boolean hasSelectedResource, List<String> tags,
      EholdingsRelationship resources) {
    return new TitleRecord().withId(row.recordId()).withType(TYPE)
        .withAttributes(new TitleAttributes()
            .withName(row.name()).withTitleId(row.id()).withPublicationType(row.publicationType())
            .withPublisherName(row.publisherName())
            .withEdition(row.doc().getString("edition"))
            .withDescription(row.doc().getString("description"))
            .withIsPeerReviewed(row.doc().getBoolean("isPeerReviewed", false))
            .withIsTitleCustom(row.custom())
            .withContributors(contributors(row))
            .withIdentifiers(identifiers(row))
            .withSubjects(subjects(row))
            .withHasSelectedResource(hasSelectedResource)
            .withTags(JsonApi.tags(tags)))
        .withRelationships(new TitleRelationships().withResources(resources == null ? JsonApi.notIncluded() : resources));
  }

  public static List<Contributor> contributors(TitleRow row) {
    return list(row.doc().getJsonArray("contributors"),
        o -> new Contributor().withType(text(o, "type")).withContributor(text(o, "contributor")));
  }

  public static List<Identifier> identifiers(TitleRow row) {
    return list(row.doc().getJsonArray("identifiers"),
        o -> new Identifier().withId(text(o, "id")).withType(text(o, "type")).withSubtype(text(o, "subtype")));
  }

  public static List<Subject> subjects(TitleRow row) {
    return list(row.doc().getJsonArray("subjects"), o -> new Subject().withType(text(o, "type")).withSubject(text(o, "subject")));
  }

  /** The stored objects of the array, each built field by field (a search maps 25 titles' lists, so no data binding). */
  private static <T> List<T> list(JsonArray stored, Function<JsonObject, T> build) {
    List<T> items = new ArrayList<>();
    if (stored != null) {
      stored.forEach(item -> {
        if (item instanceof JsonObject o) {
          items.add(build.apply(o));
        }
      });
    }
    return items;
  }

  private static String text(JsonObject o, String field) {
    Object value = o.getValue(field);
    return value == null ? null : value.toString();
  }
}

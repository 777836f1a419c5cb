package org.folio.access.eholdings.titles;

import io.vertx.core.json.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.folio.access.eholdings.common.jsonapi.JsonApi;
import org.folio.access.platform.json.Json;
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
    return list(row.doc().getJsonArray("contributors"), Contributor.class);
  }

  public static List<Identifier> identifiers(TitleRow row) {
    return list(row.doc().getJsonArray("identifiers"), Identifier.class);
  }

  public static List<Subject> subjects(TitleRow row) {
    return list(row.doc().getJsonArray("subjects"), Subject.class);
  }

  private static <T> List<T> list(JsonArray stored, Class<T> type) {
    List<T> items = new ArrayList<>();
    if (stored != null) {
      Function<Object, T> convert = item -> Json.mapper().convertValue(
          item instanceof io.vertx.core.json.JsonObject o ? o.getMap() : item, type);
      stored.forEach(item -> items.add(convert.apply(item)));
    }
    return items;
  }
}

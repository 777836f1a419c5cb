package org.folio.access.eholdings.common.jsonapi;

import java.util.List;
import org.folio.access.rest.model.EholdingsMeta;
import org.folio.access.rest.model.EholdingsRecordRef;
import org.folio.access.rest.model.EholdingsRelationship;
import org.folio.access.rest.model.EholdingsRelationshipMeta;
import org.folio.access.rest.model.Jsonapi;
import org.folio.access.rest.model.Tags;

/** The small building blocks of every eholdings document. */
public final class JsonApi {
  private JsonApi() {}

  public static Jsonapi version() {
    return new Jsonapi().withVersion("1.0");
  }

  /** A relationship whose records were not asked for. */
  public static EholdingsRelationship notIncluded() {
    return new EholdingsRelationship().withMeta(new EholdingsRelationshipMeta().withIncluded(false));
  }

  /** A to-one relationship that names its record (its whole record is in included). */
  public static EholdingsRelationship toOne(String type, String id) {
    return new EholdingsRelationship().withData(ref(type, id));
  }

  /** A to-many relationship that names its records. */
  public static EholdingsRelationship toMany(String type, List<String> ids) {
    return new EholdingsRelationship().withData(ids.stream().map(id -> ref(type, id)).toList());
  }

  public static EholdingsRecordRef ref(String type, String id) {
    return new EholdingsRecordRef().withType(type).withId(id);
  }

  public static EholdingsMeta total(long totalResults) {
    return new EholdingsMeta().withTotalResults((int) Math.min(totalResults, Integer.MAX_VALUE));
  }

  public static Tags tags(List<String> tags) {
    return new Tags().withTagList(tags == null ? List.of() : tags);
  }
}

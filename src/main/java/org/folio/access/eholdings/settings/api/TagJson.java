package org.folio.access.eholdings.settings.api;

import java.util.List;
import org.folio.access.eholdings.common.tags.RecordTag;
import org.folio.access.rest.model.TagAttributes;
import org.folio.access.rest.model.TagCollection;
import org.folio.access.rest.model.TagCollectionItem;
import org.folio.access.rest.model.TagRecord;
import org.folio.access.rest.model.TagRecordData;
import org.folio.access.rest.model.TagRelationships;
import org.folio.access.rest.model.TagSummaryCollection;
import org.folio.access.rest.model.TagSummaryItem;

/** Tags as JSON:API documents; a tag relates to its record by the record's JSON:API type (plural). */
final class TagJson {
  private TagJson() {}

  static TagCollection tags(List<RecordTag> tags) {
    return new TagCollection().withData(tags.stream().map(t -> new TagCollectionItem().withId(t.id().toString())
            .withType("tags").withAttributes(new TagAttributes().withValue(t.tag()))
            .withRelationships(new TagRelationships().withRecord(new TagRecord().withData(
                new TagRecordData().withType(t.recordType() + "s").withId(t.recordId()))))).toList())
        .withMeta(SettingsJson.total(tags.size())).withJsonapi(SettingsJson.jsonapi());
  }

  static TagSummaryCollection summary(List<String> values) {
    return new TagSummaryCollection().withData(values.stream().map(v -> new TagSummaryItem()
            .withId(RecordTag.valueId(v).toString()).withType("tags").withAttributes(new TagAttributes().withValue(v))).toList())
        .withMeta(SettingsJson.total(values.size())).withJsonapi(SettingsJson.jsonapi());
  }
}

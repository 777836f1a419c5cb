package org.folio.access.eholdings.common.tags;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.EholdingsTagsAttributes;
import org.folio.access.rest.model.EholdingsTagsRequest;

/** A checked request to replace a record's tags: name (and content type for packages) and the tags. */
public record TagsUpdate(EholdingsTagsAttributes attributes, List<String> tags) {

  public static TagsUpdate of(EholdingsTagsRequest request, boolean needsContentType) {
    if (request.getData() == null || request.getData().getAttributes() == null) {
      throw new JsonApiError(422, "Invalid request body", "data.attributes must not be empty");
    }
    EholdingsTagsAttributes attributes = request.getData().getAttributes();
    FieldRules.notEmpty("name", attributes.getName());
    FieldRules.maxLength("name", attributes.getName(), 200);
    if (needsContentType) {
      FieldRules.notEmpty("contentType", attributes.getContentType());
    }
    if (attributes.getTags() == null) {
      throw FieldRules.invalid("tags", "tags must not be null");
    }
    List<String> tags = List.copyOf(new LinkedHashSet<>(attributes.getTags().getTagList().stream()
        .filter(Objects::nonNull).map(String::trim).filter(t -> !t.isEmpty()).toList()));
    tags.forEach(t -> FieldRules.maxLength("tags", t, 200));
    return new TagsUpdate(attributes, tags);
  }
}

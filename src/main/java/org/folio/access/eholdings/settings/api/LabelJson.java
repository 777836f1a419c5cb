package org.folio.access.eholdings.settings.api;

import java.util.List;
import org.folio.access.eholdings.settings.labels.CustomLabel;
import org.folio.access.rest.model.CustomLabelAttributes;
import org.folio.access.rest.model.CustomLabelCollection;

/** Custom labels as JSON:API documents, and the labels a PUT sends. */
final class LabelJson {
  private LabelJson() {}

  static CustomLabelCollection collection(List<CustomLabel> labels) {
    return new CustomLabelCollection().withData(labels.stream().map(l -> new org.folio.access.rest.model.CustomLabel()
            .withType("customLabel").withAttributes(new CustomLabelAttributes().withId(l.id()).withDisplayLabel(l.displayLabel())
                .withDisplayOnFullTextFinder(l.displayOnFullTextFinder())
                .withDisplayOnPublicationFinder(l.displayOnPublicationFinder()))).toList())
        .withMeta(SettingsJson.total(labels.size())).withJsonapi(SettingsJson.jsonapi());
  }

  /** The labels sent; a label without attributes or a usable id gets id 0, which the rules refuse. */
  static List<CustomLabel> sent(CustomLabelCollection body) {
    return body.getData().stream().map(l -> {
      CustomLabelAttributes a = l.getAttributes() == null ? new CustomLabelAttributes() : l.getAttributes();
      return new CustomLabel(slot(a.getId()), a.getDisplayLabel(),
          Boolean.TRUE.equals(a.getDisplayOnFullTextFinder()), Boolean.TRUE.equals(a.getDisplayOnPublicationFinder()));
    }).toList();
  }

  /** The slot sent as a number or, as ui-eholdings sends it, a numeric string ("1"); 0 (refused) otherwise. */
  static int slot(Object id) {
    if (id instanceof Number n) {
      return n.intValue();
    }
    try {
      return id == null ? 0 : Integer.parseInt(id.toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

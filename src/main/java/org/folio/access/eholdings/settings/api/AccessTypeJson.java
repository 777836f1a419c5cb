package org.folio.access.eholdings.settings.api;

import java.util.List;
import org.folio.access.eholdings.settings.accesstypes.AccessType;
import org.folio.access.rest.model.AccessTypeAttributes;
import org.folio.access.rest.model.AccessTypeCollection;

/** Access types as JSON:API documents. */
final class AccessTypeJson {
  private AccessTypeJson() {}

  static org.folio.access.rest.model.AccessType item(AccessType type) {
    AccessTypeAttributes attributes = new AccessTypeAttributes().withName(type.document().name())
        .withDescription(type.document().description()).withCredentialsId(type.credentialsId().toString());
    return new org.folio.access.rest.model.AccessType().withId(type.id().toString()).withType("accessTypes")
        .withAttributes(attributes).withUsageNumber(Math.toIntExact(type.usageNumber()))
        .withMetadata(SettingsJson.metadata(type.document().metadata(), null));
  }

  static AccessTypeCollection collection(List<AccessType> all) {
    return new AccessTypeCollection().withData(all.stream().map(AccessTypeJson::item).toList())
        .withMeta(SettingsJson.total(all.size())).withJsonapi(SettingsJson.jsonapi());
  }
}

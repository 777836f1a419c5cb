package org.folio.access.eholdings.settings.api;

import java.util.List;
import org.folio.access.eholdings.common.accesstypes.AccessType;
import org.folio.access.eholdings.common.accesstypes.AccessType.PersonName;
import org.folio.access.rest.model.AccessTypeAttributes;
import org.folio.access.rest.model.AccessTypeCollection;
import org.folio.access.rest.model.UserDisplayInfo;

/** Access types as JSON:API documents, with the names of who created and last changed them when known. */
final class AccessTypeJson {
  private AccessTypeJson() {}

  static org.folio.access.rest.model.AccessType item(AccessType type) {
    AccessTypeAttributes attributes = new AccessTypeAttributes().withName(type.document().name())
        .withDescription(type.document().description()).withCredentialsId(type.credentialsId().toString());
    return new org.folio.access.rest.model.AccessType().withId(type.id().toString()).withType(AccessType.TYPE)
        .withAttributes(attributes).withUsageNumber(type.usageNumber() == null ? null : Math.toIntExact(type.usageNumber()))
        .withCreator(person(type.document().creator())).withUpdater(person(type.document().updater()))
        .withMetadata(SettingsJson.metadata(type.document().metadata(), null));
  }

  static AccessTypeCollection collection(List<AccessType> all) {
    return new AccessTypeCollection().withData(all.stream().map(AccessTypeJson::item).toList())
        .withMeta(SettingsJson.total(all.size())).withJsonapi(SettingsJson.jsonapi());
  }

  private static UserDisplayInfo person(PersonName name) {
    return name == null ? null : new UserDisplayInfo().withFirstName(name.firstName()).withMiddleName(name.middleName())
        .withLastName(name.lastName());
  }
}

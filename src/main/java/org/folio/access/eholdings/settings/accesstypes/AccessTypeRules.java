package org.folio.access.eholdings.settings.accesstypes;

import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.eholdings.settings.common.SettingsErrors;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.AccessTypeAttributes;

/** What an access type may be: a name of 1 to 75 characters, a description of at most 150, at most 15 per knowledge base. */
public final class AccessTypeRules {
  public static final int NAME_MAX = 75;
  public static final int DESCRIPTION_MAX = 150;
  public static final int MAX_PER_KNOWLEDGE_BASE = 15;

  private AccessTypeRules() {}

  /** The name and description sent, checked. */
  public static Fields check(AccessTypeAttributes attributes) {
    return new Fields(FieldRules.required("name", attributes.getName(), NAME_MAX),
        FieldRules.optional("description", attributes.getDescription(), DESCRIPTION_MAX));
  }

  public static JsonApiError tooMany() {
    return SettingsErrors.refused("Maximum number of access types allowed is " + MAX_PER_KNOWLEDGE_BASE, null);
  }

  public static JsonApiError duplicate(String name) {
    return SettingsErrors.refused("Duplicate name", "Access type with name '" + name + "' already exists");
  }

  public static JsonApiError inUse() {
    return SettingsErrors.refused("Can't delete access type that has assigned records", null);
  }

  public static JsonApiError notFound(Object id) {
    return new JsonApiError(404, "Access type not found: id = " + id, null);
  }

  /** The checked fields of an access type. */
  public record Fields(String name, String description) {}
}

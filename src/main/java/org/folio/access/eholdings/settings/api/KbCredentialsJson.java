package org.folio.access.eholdings.settings.api;

import java.util.List;
import org.folio.access.eholdings.settings.credentials.KnowledgeBase;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseChanges;
import org.folio.access.rest.model.KbCredentials;
import org.folio.access.rest.model.KbCredentialsAttributes;
import org.folio.access.rest.model.KbCredentialsCollection;
import org.folio.access.rest.model.KbCredentialsKey;
import org.folio.access.rest.model.KbCredentialsKeyAttributes;

/** Knowledge bases as JSON:API documents. The API key leaves in clear only through key(). */
final class KbCredentialsJson {
  static final String TYPE = "kbCredentials";

  private KbCredentialsJson() {}

  static KbCredentials item(KnowledgeBase kb) {
    KbCredentialsAttributes attributes = new KbCredentialsAttributes().withName(kb.name())
        .withCustomerId(kb.document().customerId()).withUrl(kb.document().url())
        .withApiKey(kb.hasApiKey() ? KnowledgeBaseChanges.API_KEY_MASK : null);
    return new KbCredentials().withId(kb.id().toString()).withType(TYPE).withAttributes(attributes)
        .withMeta(SettingsJson.metadata(kb.document().metadata(), kb.createdAt()));
  }

  static KbCredentialsCollection collection(List<KnowledgeBase> all) {
    return new KbCredentialsCollection().withData(all.stream().map(KbCredentialsJson::item).toList())
        .withMeta(SettingsJson.total(all.size())).withJsonapi(SettingsJson.jsonapi());
  }

  static KbCredentialsKey key(KnowledgeBase kb) {
    return new KbCredentialsKey().withId(kb.id().toString()).withType("kbCredentialsKey")
        .withAttributes(new KbCredentialsKeyAttributes().withApiKey(kb.hasApiKey() ? kb.document().apiKey() : null));
  }
}

package org.folio.access.eholdings.settings.credentials;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.folio.access.eholdings.settings.labels.CustomLabel;

/** A knowledge base of the tenant (a kb-credentials record): its id, stored document and creation time. */
public record KnowledgeBase(UUID id, KnowledgeBaseDocument document, OffsetDateTime createdAt) {

  public String name() {
    return document.name();
  }

  public boolean hasApiKey() {
    return document.apiKey() != null && !document.apiKey().isEmpty();
  }

  public String rootProxyId() {
    return document.rootProxyId() == null ? KnowledgeBaseDocument.NO_PROXY : document.rootProxyId();
  }

  public List<CustomLabel> customLabels() {
    return document.customLabels() == null ? List.of() : document.customLabels();
  }
}

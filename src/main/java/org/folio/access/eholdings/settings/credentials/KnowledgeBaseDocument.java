package org.folio.access.eholdings.settings.credentials;

import java.util.List;
import java.util.stream.IntStream;
import org.folio.access.eholdings.settings.common.RecordMetadata;
import org.folio.access.eholdings.settings.labels.CustomLabel;

/**
 * The kb_credentials.jsonb document (storage contract of V002): name, customerId, apiKey (secret), url,
 * rootProxyId, customLabels (five slots) and metadata.
 */
public record KnowledgeBaseDocument(String name, String customerId, String apiKey, String url, String rootProxyId,
    List<CustomLabel> customLabels, RecordMetadata metadata) {

  public static final String NO_PROXY = "<n>";

  /** A new knowledge base: root proxy none, five empty labels. */
  public static KnowledgeBaseDocument created(KnowledgeBaseChanges fields, String userId) {
    List<CustomLabel> labels = IntStream.rangeClosed(1, CustomLabel.SLOTS).mapToObj(CustomLabel::empty).toList();
    return new KnowledgeBaseDocument(fields.name(), fields.customerId(), fields.apiKey(), fields.url(), NO_PROXY, labels,
        RecordMetadata.createdBy(userId));
  }
}

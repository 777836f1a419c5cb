package org.folio.access.eholdings.settings.labels;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import org.folio.access.eholdings.settings.common.Attempt;
import org.folio.access.eholdings.settings.common.Ids;
import org.folio.access.eholdings.settings.common.RecordMetadata;
import org.folio.access.eholdings.settings.credentials.KnowledgeBase;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseRepository;
import org.folio.access.eholdings.settings.credentials.KnowledgeBaseService;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.http.OkapiContext;

/** The custom labels of a knowledge base: five slots, of which those with a display label are in use. */
public final class CustomLabelsService {
  private final Db db;
  private final KnowledgeBaseService knowledgeBases;
  private final KnowledgeBaseRepository kbRepository;

  public CustomLabelsService(Db db, KnowledgeBaseService knowledgeBases, KnowledgeBaseRepository kbRepository) {
    this.db = db;
    this.knowledgeBases = knowledgeBases;
    this.kbRepository = kbRepository;
  }

  public Future<List<CustomLabel>> inUse(OkapiContext okapi, String credentialsId) {
    return knowledgeBases.get(okapi, credentialsId).map(CustomLabelsService::inUse);
  }

  public Future<List<CustomLabel>> callersInUse(OkapiContext okapi) {
    return knowledgeBases.forCaller(okapi).map(CustomLabelsService::inUse);
  }

  /** Replaces the set: the labels sent fill their slots, the others become empty. The labels in use after. */
  public Future<List<CustomLabel>> replace(OkapiContext okapi, String credentialsId, List<CustomLabel> sent) {
    return Attempt.of(() -> {
      UUID id = Ids.fromPath(credentialsId);
      List<CustomLabel> slots = CustomLabelRules.slots(sent);
      return db.inTransaction(conn -> knowledgeBases.require(conn, okapi.tenant(), id, true)
          .compose(kb -> kbRepository.setField(conn, okapi.tenant(), id, "customLabels", slots,
              RecordMetadata.updatedBy(okapi.userId())))
          .map(x -> slots.stream().filter(CustomLabel::inUse).toList()));
    });
  }

  private static List<CustomLabel> inUse(KnowledgeBase kb) {
    return kb.customLabels().stream().filter(CustomLabel::inUse).toList();
  }
}

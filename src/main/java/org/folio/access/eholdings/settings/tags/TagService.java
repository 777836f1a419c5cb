package org.folio.access.eholdings.settings.tags;

import io.vertx.core.Future;
import java.util.LinkedHashSet;
import java.util.Arrays;
import java.util.List;
import org.folio.access.eholdings.common.tags.RecordTag;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.eholdings.common.tags.TagRepository;
import org.folio.access.eholdings.settings.common.Attempt;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.platform.http.OkapiContext;

/** The tags on records and the distinct tag values, for the record types asked for (all when none). */
public final class TagService {
  static final List<String> RECORD_TYPES = Arrays.stream(RecordType.values()).map(RecordType::column).toList();
  private final Db db;
  private final TagRepository repository;

  public TagService(Db db, TagRepository repository) {
    this.db = db;
    this.repository = repository;
  }

  public Future<List<RecordTag>> tags(OkapiContext okapi, List<String> recordTypes) {
    return Attempt.of(() -> repository.tags(db.pool(), okapi.tenant(), recordTypes(recordTypes)));
  }

  public Future<List<String>> distinctTags(OkapiContext okapi, List<String> recordTypes) {
    return Attempt.of(() -> repository.distinctTags(db.pool(), okapi.tenant(), recordTypes(recordTypes)));
  }

  /** The record types asked for, each one of provider, package, title, resource (400 otherwise). */
  static List<String> recordTypes(List<String> asked) {
    if (asked == null || asked.isEmpty()) {
      return RECORD_TYPES;
    }
    for (String type : asked) {
      if (!RECORD_TYPES.contains(type)) {
        throw new JsonApiError(400, "Invalid 'filter[rectype]' parameter value: " + type
            + ". Possible values: " + String.join(", ", RECORD_TYPES), null);
      }
    }
    return List.copyOf(new LinkedHashSet<>(asked));
  }
}

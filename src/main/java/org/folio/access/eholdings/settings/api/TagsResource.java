package org.folio.access.eholdings.settings.api;

import io.vertx.core.Future;
import java.util.List;
import org.folio.access.eholdings.settings.tags.TagService;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.resource.EholdingsTags;

/** /eholdings/tags and /eholdings/tags/summary. */
public final class TagsResource implements EholdingsTags {
  private final TagService tags;

  public TagsResource(TagService tags) {
    this.tags = tags;
  }

  @Override
  public Future<Reply> getEholdingsTags(List<String> filterRectype, OkapiContext okapi) {
    return tags.tags(okapi, filterRectype).map(all -> GetEholdingsTagsResponse.respond200(TagJson.tags(all)));
  }

  @Override
  public Future<Reply> getEholdingsTagsSummary(List<String> filterRectype, OkapiContext okapi) {
    return tags.distinctTags(okapi, filterRectype).map(all -> GetEholdingsTagsSummaryResponse.respond200(TagJson.summary(all)));
  }
}

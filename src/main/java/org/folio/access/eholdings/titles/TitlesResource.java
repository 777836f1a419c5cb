package org.folio.access.eholdings.titles;

import static org.folio.access.eholdings.common.jsonapi.Answers.answer;

import io.vertx.core.Future;
import java.util.List;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.TitleWriteRequest;
import org.folio.access.rest.resource.EholdingsTitles;

/** HTTP edge of /eholdings/titles. */
public final class TitlesResource implements EholdingsTitles {
  private final TitleService service;
  private final TitleEdits edits;

  public TitlesResource(TitleService service, TitleEdits edits) {
    this.service = service;
    this.edits = edits;
  }

  @Override
  public Future<Reply> getEholdingsTitles(List<String> filterPackageIds, String include, String filterSelected, String filterType,
      String filterName, String filterIsxn, String filterSubject, String filterPublisher, List<String> filterTags,
      List<String> filterAccessType, String sort, Long page, Long count, OkapiContext okapi) {
    TitleQuery query = new TitleQuery(filterSelected, filterType, filterName, filterIsxn, filterSubject, filterPublisher,
        filterTags, filterAccessType, sort, Paging.of(page, count));
    return answer(() -> service.search(okapi.tenant(), query, filterPackageIds, include), GetEholdingsTitlesResponse::respond200);
  }

  @Override
  public Future<Reply> postEholdingsTitles(TitleWriteRequest entity, OkapiContext okapi) {
    return answer(() -> edits.create(okapi.tenant(), entity), PostEholdingsTitlesResponse::respond200);
  }

  @Override
  public Future<Reply> getEholdingsTitlesByTitleId(String titleId, String include, OkapiContext okapi) {
    return answer(() -> service.get(okapi.tenant(), titleId, include), GetEholdingsTitlesByTitleIdResponse::respond200);
  }

  @Override
  public Future<Reply> putEholdingsTitlesByTitleId(String titleId, TitleWriteRequest entity, OkapiContext okapi) {
    return answer(() -> edits.update(okapi.tenant(), titleId, entity), PutEholdingsTitlesByTitleIdResponse::respond200);
  }
}

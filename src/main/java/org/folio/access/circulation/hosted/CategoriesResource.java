package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import org.folio.access.circulation.NamedRecords;
import org.folio.access.circulation.Pages;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.EcontentCategory;
import org.folio.access.rest.model.EcontentCategoryCollection;
import org.folio.access.rest.resource.EcontentCategories;

/** /econtent/categories: HTTP in and out; the rules are those of every named record (NamedRecords). */
public final class CategoriesResource implements EcontentCategories {
  static final NamedRecords.Kind KIND = new NamedRecords.Kind("Category", "econtent_categories", "econtent_category_doc",
      "econtent_category_view", "CATEGORY_EXISTS");
  private final Db db;
  private final NamedRecords categories;

  CategoriesResource(Db db, NamedRecords categories) {
    this.db = db;
    this.categories = categories;
  }

  @Override
  public Future<Reply> postEcontentCategories(EcontentCategory entity, OkapiContext okapi) {
    return categories.create(db.pool(), okapi.tenant(), entity.getId(), entity.getName().trim(), entity.getDescription())
        .map(doc -> PostEcontentCategoriesResponse.respond201(Json.decode(doc, EcontentCategory.class)));
  }

  @Override
  public Future<Reply> getEcontentCategories(String query, Long offset, Long limit, OkapiContext okapi) {
    return categories.page(db.pool(), okapi.tenant(), query, offset, limit).map(page -> GetEcontentCategoriesResponse.respond200(
        new EcontentCategoryCollection().withCategories(Pages.items(page, EcontentCategory.class)).withTotalRecords(Pages.total(page))));
  }

  @Override
  public Future<Reply> getEcontentCategoriesByCategoryId(String categoryId, OkapiContext okapi) {
    return categories.get(db.pool(), okapi.tenant(), categoryId)
        .map(doc -> GetEcontentCategoriesByCategoryIdResponse.respond200(Json.decode(doc, EcontentCategory.class)));
  }

  @Override
  public Future<Reply> putEcontentCategoriesByCategoryId(String categoryId, EcontentCategory entity, OkapiContext okapi) {
    return categories.update(db.pool(), okapi.tenant(), categoryId, entity.getId(), entity.getName().trim(), entity.getDescription())
        .map(doc -> PutEcontentCategoriesByCategoryIdResponse.respond204());
  }

  @Override
  public Future<Reply> deleteEcontentCategoriesByCategoryId(String categoryId, OkapiContext okapi) {
    return categories.delete(db.pool(), okapi.tenant(), categoryId)
        .recover(e -> e instanceof PgException pg && "23503".equals(pg.getSqlState())
            ? Future.failedFuture(ApiError.conflict("CATEGORY_IN_USE", "Hosted e-books are filed under category " + categoryId))
            : Future.failedFuture(e))
        .map(x -> DeleteEcontentCategoriesByCategoryIdResponse.respond204());
  }
}

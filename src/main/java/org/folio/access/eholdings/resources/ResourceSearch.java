package org.folio.access.eholdings.resources;

import org.folio.access.eholdings.common.query.Conditions;
import org.folio.access.eholdings.common.query.RecordFilters;
import org.folio.access.eholdings.common.query.Selection;
import org.folio.access.eholdings.common.query.SortOrder;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.eholdings.common.query.TextMatch;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.eholdings.titles.TitleFilters;
import org.folio.access.eholdings.titles.TitleQuery;

/** Turns the filters of a package's resource list into a WHERE clause and ORDER BY over r, t. */
public final class ResourceSearch {
  /** The SQL of one search. */
  public record Sql(String where, String order, SqlParams params) {}

  private ResourceSearch() {}

  public static Sql ofPackage(String tenant, long packageId, TitleQuery query) {
    SortOrder sort = SortOrder.parse(query.sort());
    Selection selection = Selection.parse(query.selected());
    TitleFilters.TextFilter text = TitleFilters.textFilter(query);
    SqlParams params = new SqlParams();
    Conditions where = new Conditions().add("r.package_id = " + params.bind(packageId));
    if (text != null) {
      where.add(TitleFilters.textCondition(text, params));
    }
    if (selection != null) {
      where.add(switch (selection) {
        case SELECTED -> "r.is_selected";
        case NOT_SELECTED -> "NOT r.is_selected";
        case EBSCO -> "r.is_selected AND NOT k.is_custom";
      });
    }
    String type = TitleFilters.typeCondition(query.type(), params);
    if (type != null) {
      where.add(type);
    }
    if (RecordFilters.given(query.tags())) {
      where.add(RecordFilters.tagged(tenant, RecordType.RESOURCE,
          "(r.provider_id || '-' || r.package_id || '-' || r.title_id)", query.tags(), params));
    }
    if (RecordFilters.given(query.accessTypes())) {
      where.add(RecordFilters.accessTypeNamed(tenant, "r.access_type_id", query.accessTypes(), params));
    }
    String byName = "lower(t.name), t.id";
    boolean ranked = sort == SortOrder.RELEVANCE && text != null && !text.field().equals("isxn");
    String order = ranked ? TextMatch.of(text.value()).rankSql(text.rankExpression(), tenant, params) + ", " + byName : byName;
    return new Sql(where.where(), order, params);
  }
}

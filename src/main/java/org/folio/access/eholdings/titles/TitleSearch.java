package org.folio.access.eholdings.titles;

import java.util.List;
import org.folio.access.eholdings.common.ids.RecordIds;
import org.folio.access.eholdings.common.query.Conditions;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.eholdings.common.query.QueryErrors;
import org.folio.access.eholdings.common.query.RecordFilters;
import org.folio.access.eholdings.common.query.Selection;
import org.folio.access.eholdings.common.query.SortOrder;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.eholdings.common.query.TextMatch;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.errors.JsonApiError;

/**
 * A checked title search and the statements that answer it: the page, and the matching set's size and
 * package facets (counted up to a cap, so that a broad search costs a bounded amount). Filters on selection,
 * access type and packages look at the title's resources (in the packages asked for, if any).
 */
public final class TitleSearch {
  /** How a name tier orders: titles by lower-cased name in byte order (the order of titles_name_c_idx), then id. */
  static final String NAME_ORDER = "lower(t.name) COLLATE \"C\"";

  /** One statement and its bound values. */
  public record Statement(String sql, SqlParams params) {}

  private final String tenant;
  private final TitleQuery query;
  private final Long[] packages;
  private final Selection selection;
  private final SortOrder sort;
  private final TitleFilters.TextFilter text;

  private TitleSearch(String tenant, TitleQuery query, Long[] packages, Selection selection, SortOrder sort,
      TitleFilters.TextFilter text) {
    this.tenant = tenant;
    this.query = query;
    this.packages = packages;
    this.selection = selection;
    this.sort = sort;
    this.text = text;
  }

  /** Checks the parameters: exactly one text filter unless tags or access types filter; valid values. */
  public static TitleSearch of(String tenant, TitleQuery query, List<String> packageIds) {
    SortOrder sort = SortOrder.parse(query.sort());
    Selection selection = Selection.parse(query.selected());
    TitleFilters.TextFilter text = TitleFilters.textFilter(query);
    if (text == null && !RecordFilters.given(query.tags()) && !RecordFilters.given(query.accessTypes())) {
      throw new JsonApiError(400, "All of filter[name], filter[isxn], filter[subject] and filter[publisher] cannot be missing.", null);
    }
    TitleFilters.typeCondition(query.type(), new SqlParams());
    return new TitleSearch(tenant, query, packageIds(packageIds), selection, sort, text);
  }

  /** The page: ranked in tiers for a name search by relevance, else one ordered query. */
  public Statement page(Paging paging) {
    SqlParams params = new SqlParams();
    String titles = Schemas.table(tenant, "titles");
    if (text != null && text.field().equals("name") && sort == SortOrder.RELEVANCE) {
      return new Statement(NameTiers.page(titles, TextMatch.of(text.value()), this::match, this::filters, paging, params), params);
    }
    String where = match(params);
    String order = sort == SortOrder.RELEVANCE && text != null && !text.field().equals("isxn")
        ? TextMatch.of(text.value()).rankSql(text.rankExpression(), params) + ", " + NAME_ORDER + ", t.id"
        : NAME_ORDER + ", t.id";
    return new Statement("SELECT " + TitleRepository.COLUMNS + " FROM " + titles + " t WHERE " + where + " ORDER BY " + order
        + paging.limitOffset(), params);
  }

  /** How many titles match (up to cap + 1) and how many of those the top packages hold. */
  public Statement stats(int cap, int facetPackages) {
    SqlParams params = new SqlParams();
    String sql = "WITH m AS MATERIALIZED (SELECT t.id FROM " + Schemas.table(tenant, "titles") + " t WHERE " + match(params)
        + " LIMIT " + (cap + 1) + ")"
        + " SELECT c.total, f.package_id, k.name AS package_name, f.n FROM (SELECT count(*) AS total FROM m) c"
        + " LEFT JOIN LATERAL (SELECT x.package_id, count(*) AS n FROM m CROSS JOIN LATERAL (SELECT r.package_id FROM "
        + Schemas.table(tenant, "resources") + " r WHERE r.title_id = m.id) x GROUP BY x.package_id ORDER BY n DESC LIMIT "
        + facetPackages + ") f ON true"
        + " LEFT JOIN " + Schemas.table(tenant, "packages") + " k ON k.id = f.package_id ORDER BY f.n DESC, lower(k.name), k.id";
    return new Statement(sql, params);
  }

  /** Every condition of the search, the text filter included. */
  String match(SqlParams params) {
    String filters = filters(params);
    return text == null ? filters : TitleFilters.textCondition(text, params) + " AND " + filters;
  }

  /** The conditions other than the text filter. */
  String filters(SqlParams params) {
    Conditions where = new Conditions();
    String type = TitleFilters.typeCondition(query.type(), params);
    if (type != null) {
      where.add(type);
    }
    String resources = Schemas.table(tenant, "resources");
    String scope = "SELECT 1 FROM " + resources + " r WHERE r.title_id = t.id"
        + (packages.length > 0 ? " AND r.package_id = ANY(" + params.bind(packages) + ")" : "");
    if (packages.length > 0) {
      where.add("EXISTS (" + scope + ")");
    }
    if (selection != null) {
      where.add(switch (selection) {
        case SELECTED -> "EXISTS (" + scope + " AND r.is_selected)";
        case NOT_SELECTED -> "NOT EXISTS (" + scope + " AND r.is_selected)";
        case EBSCO -> "EXISTS (" + scope + " AND r.is_selected AND r.package_id IN (SELECT id FROM "
            + Schemas.table(tenant, "packages") + " WHERE NOT is_custom))";
      });
    }
    if (RecordFilters.given(query.tags())) {
      where.add("(" + RecordFilters.tagged(tenant, RecordType.TITLE, "t.id::text", query.tags(), params) + " OR EXISTS ("
          + scope + " AND " + RecordFilters.tagged(tenant, RecordType.RESOURCE,
              "(r.provider_id || '-' || r.package_id || '-' || r.title_id)", query.tags(), params) + "))");
    }
    if (RecordFilters.given(query.accessTypes())) {
      where.add("EXISTS (" + scope + " AND " + RecordFilters.accessTypeNamed(tenant, "r.access_type_id", query.accessTypes(), params) + ")");
    }
    return where.where();
  }

  /** Package ids as numbers: 3964 or 19-3964; anything else is a 400. */
  static Long[] packageIds(List<String> ids) {
    if (ids == null) {
      return new Long[0];
    }
    return ids.stream().filter(id -> id != null && !id.isBlank()).map(String::trim).map(id -> {
      int dash = id.indexOf('-');
      if (dash >= 0 && RecordIds.number(id.substring(0, dash)).isEmpty()) {
        throw QueryErrors.invalid("filter[packageIds]");
      }
      return RecordIds.number(id.substring(dash + 1)).orElseThrow(() -> QueryErrors.invalid("filter[packageIds]"));
    }).toArray(Long[]::new);
  }
}

package org.folio.access.eholdings.packages;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.folio.access.eholdings.common.query.Conditions;
import org.folio.access.eholdings.common.query.QueryErrors;
import org.folio.access.eholdings.common.query.RecordFilters;
import org.folio.access.eholdings.common.query.Selection;
import org.folio.access.eholdings.common.query.SortOrder;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.eholdings.common.query.TextMatch;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.platform.errors.JsonApiError;

/** Turns package search parameters into a checked WHERE clause and ORDER BY over packages k. */
public final class PackageSearch {
  private static final Set<String> SEARCH_TYPES = Set.of("any", "contains", "advanced", "exactphrase", "exactmatch", "beginswith");
  private static final String ALT_NAMES = "(SELECT string_agg(a->>'altName', ' ') FROM jsonb_array_elements(CASE"
      + " jsonb_typeof(k.jsonb->'customAltNames') WHEN 'array' THEN k.jsonb->'customAltNames' ELSE '[]' END) a)";
  private static final String KEYWORD_TEXT = "lower(concat_ws(' ', k.name, k.jsonb->>'customDisplayName',"
      + " k.jsonb->>'customDescription', " + ALT_NAMES + "))";

  /** The SQL of one search: where and order (over aliases k, pr) and their bound values. */
  public record Sql(String where, String order, SqlParams params) {}

  private PackageSearch() {}

  public static Sql build(String tenant, Long providerId, PackageQuery query) {
    SortOrder sort = SortOrder.parse(query.sort());
    SqlParams params = new SqlParams();
    Conditions where = new Conditions();
    if (providerId != null) {
      where.add("k.provider_id = " + params.bind(providerId));
    }
    TextMatch text = null;
    boolean filterAlone = RecordFilters.given(query.tags()) || RecordFilters.given(query.accessTypes());
    if (query.q() != null && !(query.q().isBlank() && filterAlone)) {
      if (query.q().isBlank()) {
        throw new JsonApiError(400, "Invalid Query Parameter for q: cannot be empty", null);
      }
      text = TextMatch.of(query.q());
      where.add(textCondition(text, field(query.qField()), searchType(query.qType()), params));
    }
    filters(tenant, query, where, params);
    String byName = "lower(k.name), k.id";
    String order = sort == SortOrder.RELEVANCE && text != null ? text.rankSql("lower(k.name)", tenant, params) + ", " + byName : byName;
    return new Sql(where.where(), order, params);
  }

  private static void filters(String tenant, PackageQuery query, Conditions where, SqlParams params) {
    Selection selection = Selection.parse(query.selected());
    if (selection != null) {
      where.add(switch (selection) {
        case SELECTED -> "k.is_selected";
        case NOT_SELECTED -> "NOT k.is_selected";
        case EBSCO -> "k.is_selected AND NOT k.is_custom";
      });
    }
    if (query.type() != null && !query.type().equals("all")) {
      String type = ContentTypes.find(query.type()).orElseThrow(() -> QueryErrors.invalid("filter[type]"));
      where.add("k.content_type = " + params.bind(type));
    }
    if (query.visibility() != null) {
      where.add(switch (query.visibility()) {
        case "true", "hidden" -> "k.is_hidden";
        case "false", "visible" -> "NOT k.is_hidden";
        default -> throw QueryErrors.invalid("filter[visibility]");
      });
    }
    if (query.access() != null) {
      where.add(switch (query.access()) {
        case "public" -> "(k.jsonb->>'isFreeAccess') = 'true'";
        case "controlled" -> "(k.jsonb->>'isFreeAccess') IS DISTINCT FROM 'true'";
        default -> throw QueryErrors.invalid("filter[access]");
      });
    }
    if (query.custom() != null) {
      if (!query.custom().equals("true")) {
        throw new JsonApiError(400, "Invalid Query Parameter for filter[custom]: only 'true' is supported", null);
      }
      where.add("k.is_custom");
    }
    if (RecordFilters.given(query.tags())) {
      where.add(RecordFilters.tagged(tenant, RecordType.PACKAGE, "(k.provider_id || '-' || k.id)", query.tags(), params));
    }
    if (RecordFilters.given(query.accessTypes())) {
      where.add(RecordFilters.accessTypeNamed(tenant, "k.access_type_id", query.accessTypes(), params));
    }
  }

  static String textCondition(TextMatch text, String target, String type, SqlParams params) {
    return switch (type) {
      case "exactmatch" -> target + " = " + params.bind(text.text());
      case "beginswith" -> target + " LIKE " + params.bind(text.prefixPattern());
      case "exactphrase" -> target + " LIKE " + params.bind(text.containsPattern());
      default -> wordsCondition(text.words(), target, type.equals("any") ? " OR " : " AND ", params);
    };
  }

  static String wordsCondition(List<String> words, String target, String joiner, SqlParams params) {
    return words.stream().map(w -> target + " LIKE " + params.bind("%" + TextMatch.escapeLike(w) + "%"))
        .collect(Collectors.joining(joiner, "(", ")"));
  }

  private static String field(String qField) {
    if (qField == null || qField.equals("name")) {
      return "lower(k.name)";
    }
    if (qField.equals("keyword")) {
      return KEYWORD_TEXT;
    }
    throw QueryErrors.invalid("qField");
  }

  private static String searchType(String qType) {
    if (qType == null) {
      return "contains";
    }
    if (!SEARCH_TYPES.contains(qType)) {
      throw QueryErrors.invalid("qType");
    }
    return qType;
  }
}

package org.folio.access.eholdings.titles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.folio.access.eholdings.common.query.QueryErrors;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.eholdings.common.query.TextMatch;
import org.folio.access.platform.errors.JsonApiError;

/** The text filters of titles (alias t): at most one of name, isxn, subject, publisher; and the type filter. */
public final class TitleFilters {
  private static final Set<String> TYPES = Set.of("audiobook", "book", "bookseries", "database", "journal", "newsletter",
      "newspaper", "proceedings", "report", "streamingaudio", "streamingvideo", "thesisdissertation", "website", "unspecified");

  /** Which text a search looks in, the text, and the lower-cased expression it ranks. */
  public record TextFilter(String field, String value) {
    public String rankExpression() {
      return switch (field) {
        case "subject" -> "lower(t.subjects)";
        case "publisher" -> "lower(t.publisher_name)";
        default -> "lower(t.name)";
      };
    }
  }

  private TitleFilters() {}

  /** The one text filter given, null when none; 400 "Conflicting filter parameters" when several are. */
  public static TextFilter textFilter(TitleQuery query) {
    List<TextFilter> given = new ArrayList<>();
    add(given, "name", query.name());
    add(given, "isxn", query.isxn());
    add(given, "subject", query.subject());
    add(given, "publisher", query.publisher());
    if (given.size() > 1) {
      throw new JsonApiError(400, "Conflicting filter parameters", null);
    }
    return given.isEmpty() ? null : given.get(0);
  }

  public static String textCondition(TextFilter filter, SqlParams params) {
    if (filter.field().equals("isxn")) {
      return "t.isxn @> ARRAY[" + params.bind(normaliseIsxn(filter.value())) + "::text]";
    }
    return wordsCondition(filter.rankExpression(), filter.value(), params);
  }

  /** Every word of the text somewhere in the lower-cased expression (a trigram index serves it). */
  static String wordsCondition(String lowerExpression, String text, SqlParams params) {
    return TextMatch.of(text).words().stream()
        .map(w -> lowerExpression + " LIKE " + params.bind("%" + TextMatch.escapeLike(w) + "%"))
        .collect(Collectors.joining(" AND ", "(", ")"));
  }

  /** filter[type] as a condition on the publication type's letters; null when absent. */
  public static String typeCondition(String type, SqlParams params) {
    if (type == null || type.isEmpty()) {
      return null;
    }
    if (!TYPES.contains(type)) {
      throw QueryErrors.invalid("filter[type]");
    }
    return "lower(regexp_replace(t.publication_type, '[^A-Za-z]', '', 'g')) = " + params.bind(type);
  }

  /** An ISSN or ISBN as titles.isxn holds it: upper case, without hyphens or spaces. */
  public static String normaliseIsxn(String value) {
    return value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  private static void add(List<TextFilter> given, String field, String value) {
    if (value != null && !value.isBlank()) {
      given.add(new TextFilter(field, value.trim()));
    }
  }
}

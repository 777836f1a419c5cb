package org.folio.access.ill.settings;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A templated setting: static text with {TableField:User.X} and {TableField:Transaction.X} tags, read from a
 * transaction document (its patron object for User). Field names match case-insensitively; an unknown one
 * is refused when the setting is saved, so evaluation never meets one.
 */
public final class Template {
  private static final Pattern TAG = Pattern.compile("\\{TableField:\\s*(User|Transaction)\\.\\s*([A-Za-z0-9]+)\\s*}");
  private static final Pattern ANY_TAG = Pattern.compile("\\{TableField:[^}]*}");
  static final Map<String, String> USER = fields("id", "barcode", "username", "firstName", "lastName", "email",
      "externalSystemId", "userInfo1", "userInfo2", "userInfo3");
  static final Map<String, String> TRANSACTION = fields("id", "transactionNumber", "requestType", "documentType",
      "title", "author", "loanDate", "articleDate", "journalTitle", "articleTitle", "articleAuthor", "volume", "issue",
      "pages", "pickupLocation", "queue", "externalNumber");

  private Template() {}

  /** The problem with the template's tags, or null when every tag names a known field. */
  public static String problem(String template) {
    if (template == null) {
      return null;
    }
    Matcher any = ANY_TAG.matcher(template);
    while (any.find()) {
      Matcher tag = TAG.matcher(any.group());
      if (!tag.matches()) {
        return "'" + any.group() + "' is not a tag of the form {TableField:User.Field} or {TableField:Transaction.Field}";
      }
      Map<String, String> known = "User".equals(tag.group(1)) ? USER : TRANSACTION;
      if (!known.containsKey(tag.group(2).toLowerCase(Locale.ROOT))) {
        return "unknown field " + tag.group(1) + "." + tag.group(2) + "; known: " + String.join(", ", known.values());
      }
    }
    return null;
  }

  /** The template with its tags replaced by the transaction's values (empty when absent). */
  public static String evaluate(String template, JsonObject transaction) {
    return evaluate(template, transaction, UnaryOperator.identity());
  }

  /** As evaluate, each value passed through encode (e.g. URL-encoding) before it is put in. */
  public static String evaluate(String template, JsonObject transaction, UnaryOperator<String> encode) {
    if (template == null || template.isEmpty()) {
      return "";
    }
    JsonObject patron = transaction.getJsonObject("patron", new JsonObject());
    Matcher tag = TAG.matcher(template);
    StringBuilder out = new StringBuilder();
    while (tag.find()) {
      boolean user = "User".equals(tag.group(1));
      String field = (user ? USER : TRANSACTION).get(tag.group(2).toLowerCase(Locale.ROOT));
      Object value = field == null ? null : (user ? patron : transaction).getValue(field);
      tag.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : encode.apply(String.valueOf(value))));
    }
    tag.appendTail(out);
    return out.toString();
  }

  private static Map<String, String> fields(String... names) {
    List<Map.Entry<String, String>> entries = new ArrayList<>();
    for (String name : names) {
      entries.add(Map.entry(name.toLowerCase(Locale.ROOT), name));
    }
    return Map.ofEntries(entries.toArray(Map.Entry[]::new));
  }
}

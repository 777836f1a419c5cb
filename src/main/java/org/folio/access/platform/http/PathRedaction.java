package org.folio.access.platform.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes request paths fit for the INFO access log: a segment that the contract names as a credential or a
 * person ({token}, {patronId}, {userId}) is written as its name, never as its value. A path that matches no
 * contract path keeps only the segments that are literal somewhere in the contracts; the rest become "*".
 */
public final class PathRedaction {
  /** Path parameters whose values are bearer credentials or personal data. */
  static final Set<String> SENSITIVE = Set.of("token", "patronId", "userId");
  private final List<String[]> templates = new ArrayList<>();
  private final Set<String> literals = new HashSet<>();

  /** From the contract's methods, "VERB /path/{param}" as the generated ApiCatalog lists them. */
  public PathRedaction(List<String> methods) {
    for (String method : methods) {
      String[] segments = segments(method.substring(method.indexOf(' ') + 1));
      templates.add(segments);
      for (String segment : segments) {
        if (!isParameter(segment)) {
          literals.add(segment);
        }
      }
    }
  }

  public String redact(String path) {
    String[] segments = segments(path);
    String[] best = null;
    for (String[] template : templates) {
      if (matches(template, segments) && (best == null || literalCount(template) > literalCount(best))) {
        best = template;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      out.append('/').append(best == null ? unmatched(segments[i]) : matched(best[i], segments[i]));
    }
    return out.isEmpty() ? "/" : out.toString();
  }

  private String unmatched(String segment) {
    return literals.contains(segment) ? segment : "*";
  }

  private static String matched(String template, String segment) {
    return isParameter(template) && SENSITIVE.contains(template.substring(1, template.length() - 1)) ? template : segment;
  }

  private static boolean matches(String[] template, String[] segments) {
    if (template.length != segments.length) {
      return false;
    }
    for (int i = 0; i < template.length; i++) {
      if (!isParameter(template[i]) && !template[i].equals(segments[i])) {
        return false;
      }
    }
    return true;
  }

  private static int literalCount(String[] template) {
    int n = 0;
    for (String segment : template) {
      n += isParameter(segment) ? 0 : 1;
    }
    return n;
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static String[] segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }
}

package org.folio.access.platform.admin;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.folio.access.rest.resource.ApiCatalog;

/**
 * The contract files as a gateway's documentation tools read them: every RAML file, schema and example, with the
 * references between them (`!include schemas/...`, `!include examples/...`, relative `$ref`s) rewritten to
 * `{X-Okapi-Url}/_/jsonSchemas?path=...`, so that they resolve through the gateway. Without X-Okapi-Url the files
 * are served as stored.
 */
final class ContractFiles {
  private static final Pattern INCLUDE = Pattern.compile("!include\\s+((?:schemas|examples)/[^\\s]+)");
  private static final Pattern REF = Pattern.compile("(\"\\$ref\"\\s*:\\s*\")([^\"#:]+\\.json)(#[^\"]*)?\"");

  private ContractFiles() {}

  /** The stored file a ?path names: as given, or relative to the schemas folder; null when there is none. */
  static String resolve(String path) {
    String clean = path.startsWith("/") ? path.substring(1) : path;
    if (ApiCatalog.FILES.contains(clean)) {
      return clean;
    }
    return ApiCatalog.FILES.contains("schemas/" + clean) ? "schemas/" + clean : null;
  }

  static List<String> list(String folder, String suffix) {
    return ApiCatalog.FILES.stream().filter(f -> f.startsWith(folder) && f.endsWith(suffix))
        .filter(f -> !folder.isEmpty() || !f.contains("/")).toList();
  }

  /** The file's text with its references pointing at the gateway (okapiUrl null: unchanged). */
  static String rewrite(String file, String text, String okapiUrl) {
    if (okapiUrl == null || okapiUrl.isBlank()) {
      return text;
    }
    String base = okapiUrl.replaceAll("/+$", "") + "/_/jsonSchemas?path=";
    if (file.endsWith(".raml")) {
      return INCLUDE.matcher(text).replaceAll(m -> Matcher.quoteReplacement("!include " + base + m.group(1)));
    }
    String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
    return REF.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + base + normalise(folder + m.group(2))
        + (m.group(3) == null ? "" : m.group(3)) + "\""));
  }

  /** "schemas/../examples/x.json" as "examples/x.json". */
  private static String normalise(String path) {
    return java.nio.file.Path.of(path).normalize().toString().replace('\\', '/');
  }
}

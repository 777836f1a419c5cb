package org.folio.access.circulation.hosted;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks an EPUB with W3C EPUBCheck and reads its metadata from what the check reports. Blocking. */
final class EpubInspector {
  private EpubInspector() {}

  static JsonObject inspect(Path file) throws UnreadableFile {
    Collector report = new Collector();
    try {
      new EpubCheck(file.toFile(), report).doValidate();
    } catch (RuntimeException e) {
      throw new UnreadableFile("The EPUB could not be read: " + e.getClass().getSimpleName());
    }
    if (!report.problems.isEmpty()) {
      throw new UnreadableFile("The EPUB is not valid (" + report.problems.size() + " problem"
          + (report.problems.size() == 1 ? "" : "s") + "): " + report.problems.get(0));
    }
    return report.metadata();
  }

  /** Keeps the errors (first ones first) and the publication's metadata of an EPUBCheck run. */
  private static final class Collector extends MasterReport {
    private final List<String> problems = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private final JsonObject found = new JsonObject();

    Collector() {
      super(false);
    }

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
      Severity severity = message.getSeverity();
      if (severity == Severity.ERROR || severity == Severity.FATAL) {
        String where = location == null || location.getPath() == null || location.getPath().isBlank() ? ""
            : " (" + location.getPath() + ")";
        problems.add(message.getMessage(args) + where);
      }
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {
      if (value == null || value.isBlank()) {
        return;
      }
      switch (feature) {
        case DC_TITLE -> found.put("title", found.getString("title", value.trim()));
        case DC_CREATOR -> authors.add(value.trim());
        case DC_PUBLISHER -> found.put("publisher", value.trim());
        case DC_DATE -> found.put("date", value.trim());
        case DC_LANGUAGE -> found.put("language", found.getString("language", value.trim()));
        case UNIQUE_IDENT -> {
          String isbn = isbnOf(value);
          if (isbn != null) {
            found.put("isbn", isbn);
          }
        }
        case FORMAT_VERSION -> found.put("epubVersion", value.trim());
        default -> { }
      }
    }

    JsonObject metadata() {
      JsonObject m = found.copy();
      if (!authors.isEmpty()) {
        m.put("authors", new JsonArray(authors));
      }
      return m;
    }

    @Override
    public int generate() {
      return 0;
    }

    @Override
    public void initialize() {
    }
  }

  /** The ISBN in a unique identifier such as urn:isbn:978..., or null. */
  static String isbnOf(String identifier) {
    String bare = identifier.trim().replaceFirst("(?i)^urn:isbn:", "").replaceFirst("(?i)^isbn:?", "").trim();
    return org.folio.access.eholdings.kbart.Isxn.isIsbn(bare) ? org.folio.access.eholdings.kbart.Isxn.compact(bare) : null;
  }
}

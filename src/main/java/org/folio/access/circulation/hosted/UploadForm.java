package org.folio.access.circulation.hosted;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.folio.access.eholdings.kbart.Isxn;
import org.folio.access.platform.errors.ApiError;

/** The rules of an upload's form fields: one draft per file, or a 4xx naming the field. */
final class UploadForm {
  private static final Set<String> LICENSE_MODELS = Set.of("one-copy-one-user", "unlimited", "metered");
  private static final Set<String> FORM_FIELDS = Set.of("name", "viewType", "categoryId", "tags", "drm", "isbn", "title",
      "authors", "publisher", "language", "date", "licenseModel", "copies");

  /** One file as it arrived: its store id, the name and content type the client gave, and what was stored. */
  record ReceivedFile(UUID fileId, String fileName, String contentType, ContentStore.StoredFile stored) {}

  private UploadForm() {}

  static List<ContentDraft> drafts(MultiMap form, List<ReceivedFile> files) {
    if (files.isEmpty()) {
      throw ApiError.badRequest("FILE_REQUIRED", "The upload has no file part", "file", null);
    }
    form.names().stream().filter(n -> !FORM_FIELDS.contains(n)).findFirst().ifPresent(n -> {
      throw ApiError.invalid(n, cut(form.get(n)), "Unknown form field " + n);
    });
    UUID category = uuidOrNull("categoryId", form.get("categoryId"));
    List<String> tags = list(form.get("tags"), ",");
    boolean drm = bool("drm", form.get("drm"));
    JsonObject lending = lending(form);
    return files.stream().map(f -> {
      String fileType = fileType(f.fileName(), f.contentType());
      String viewType = viewType(form.get("viewType"), fileType);
      String name = blank(form.get("name")) ? f.fileName() : form.get("name").trim();
      return new ContentDraft(f.fileId(), limited("name", name, 400), limited("file", f.fileName(), 400), fileType,
          viewType, category, tags, drm, metadata(form), lending, f.stored());
    }).toList();
  }

  static String fileType(String fileName, String contentType) {
    String lowerName = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (lowerName.endsWith(".epub") || type.startsWith("application/epub+zip")) {
      return "epub";
    }
    if (lowerName.endsWith(".pdf") || type.startsWith("application/pdf")) {
      return "pdf";
    }
    throw ApiError.badRequest("UNSUPPORTED_FILE_TYPE", "Only EPUB (.epub) and PDF (.pdf) files can be hosted: " + cut(fileName),
        "file", cut(fileName));
  }

  private static String viewType(String given, String fileType) {
    if (blank(given)) {
      return "epub";
    }
    if (!given.equals("epub") && !given.equals("bitmap")) {
      throw ApiError.invalid("viewType", cut(given), "viewType must be epub or bitmap");
    }
    if (given.equals("bitmap") && !fileType.equals("pdf")) {
      throw ApiError.invalid("viewType", given, "viewType bitmap is for PDF files only");
    }
    return given;
  }

  /** The bibliographic fields the uploader gave (processing fills in the rest from the file). */
  static JsonObject metadata(MultiMap form) {
    JsonObject m = new JsonObject();
    for (String field : List.of("title", "publisher", "language", "date", "isbn")) {
      if (!blank(form.get(field))) {
        m.put(field, limited(field, form.get(field).trim(), field.equals("title") ? 400 : 250));
      }
    }
    List<String> authors = list(form.get("authors"), ";");
    if (!authors.isEmpty()) {
      m.put("authors", new JsonArray(authors));
    }
    if (m.containsKey("isbn") && !Isxn.isIsbn(m.getString("isbn"))) {
      throw ApiError.invalid("isbn", m.getString("isbn"), "isbn is not a valid ISBN-10 or ISBN-13");
    }
    return m;
  }

  private static JsonObject lending(MultiMap form) {
    String model = blank(form.get("licenseModel")) ? "unlimited" : form.get("licenseModel").trim();
    if (!LICENSE_MODELS.contains(model) || model.equals("metered")) {
      throw ApiError.invalid("licenseModel", cut(model), "licenseModel must be unlimited or one-copy-one-user");
    }
    int copies = 1;
    if (!blank(form.get("copies"))) {
      try {
        copies = Integer.parseInt(form.get("copies").trim());
      } catch (NumberFormatException e) {
        copies = -1;
      }
      if (copies < 0 || copies > 1_000_000) {
        throw ApiError.invalid("copies", cut(form.get("copies")), "copies must be a whole number from 0 to 1000000");
      }
    }
    return new JsonObject().put("licenseModel", model).put("copies", copies);
  }

  private static UUID uuidOrNull(String field, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid(field, cut(value), field + " must be a UUID");
    }
  }

  private static boolean bool(String field, String value) {
    if (blank(value)) {
      return false;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiError.invalid(field, cut(value), field + " must be true or false");
    };
  }

  private static List<String> list(String value, String separator) {
    if (blank(value)) {
      return List.of();
    }
    return Arrays.stream(value.split(separator)).map(String::trim).filter(s -> !s.isEmpty())
        .map(s -> limited("tags", s, 250)).distinct().toList();
  }

  private static String limited(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw ApiError.invalid(field, cut(value), field + " is longer than " + max + " characters");
    }
    return value;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** Echoed values are cut, so a huge field does not make a huge error. */
  static String cut(String value) {
    return value == null || value.length() <= 100 ? value : value.substring(0, 100) + "...";
  }
}

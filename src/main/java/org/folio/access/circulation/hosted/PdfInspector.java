package org.folio.access.circulation.hosted;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** Opens a PDF with Apache PDFBox: refuses encrypted and broken files, reads page count and metadata. Blocking. */
final class PdfInspector {
  private static final String ENCRYPTED = "The PDF is encrypted; upload it without a password or restrictions";

  private PdfInspector() {}

  static JsonObject inspect(Path file) throws UnreadableFile {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      if (pdf.isEncrypted()) {
        throw new UnreadableFile(ENCRYPTED);
      }
      if (pdf.getNumberOfPages() == 0) {
        throw new UnreadableFile("The PDF has no pages");
      }
      return metadata(pdf);
    } catch (InvalidPasswordException e) {
      throw new UnreadableFile(ENCRYPTED);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFile("The file is not a readable PDF");
    }
  }

  private static JsonObject metadata(PDDocument pdf) {
    JsonObject m = new JsonObject().put("pages", pdf.getNumberOfPages());
    PDDocumentInformation info = pdf.getDocumentInformation();
    putText(m, "title", info.getTitle());
    if (info.getAuthor() != null && !info.getAuthor().isBlank()) {
      m.put("authors", new JsonArray().add(info.getAuthor().trim()));
    }
    Calendar created = info.getCreationDate();
    if (created != null) {
      m.put("date", String.format("%04d-%02d-%02d", created.get(Calendar.YEAR), created.get(Calendar.MONTH) + 1,
          created.get(Calendar.DAY_OF_MONTH)));
    }
    return m;
  }

  private static void putText(JsonObject m, String key, String value) {
    if (value != null && !value.isBlank()) {
      m.put(key, value.trim());
    }
  }
}

package org.folio.access.circulation.hosted;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Test books made in code: a valid EPUB 3 of a named title, PDFs plain and encrypted. */
final class Books {
  private Books() {}

  /** A valid EPUB 3 (mimetype first and stored, container, package document, navigation, chapters of text). */
  static byte[] epub(String title, String author, String isbn, int chapters) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      put(zip, "META-INF/container.xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
            <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
          </container>
          """);
      StringBuilder manifest = new StringBuilder();
      StringBuilder spine = new StringBuilder();
      for (int i = 1; i <= chapters; i++) {
        manifest.append("<item id=\"c").append(i).append("\" href=\"c").append(i).append(".xhtml\" media-type=\"application/xhtml+xml\"/>");
        spine.append("<itemref idref=\"c").append(i).append("\"/>");
        put(zip, "EPUB/c" + i + ".xhtml", page("Chapter " + i, "<p>" + "The mill turned by the brook. ".repeat(40) + "</p>"));
      }
      put(zip, "EPUB/package.opf", """
          <?xml version="1.0" encoding="UTF-8"?>
          <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="en">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:identifier id="pub-id">urn:isbn:%s</dc:identifier>
              <dc:title>%s</dc:title>
              <dc:creator>%s</dc:creator>
              <dc:publisher>Brookside Press</dc:publisher>
              <dc:language>en</dc:language>
              <dc:date>1894</dc:date>
              <meta property="dcterms:modified">2026-12-01T00:00:00Z</meta>
            </metadata>
            <manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>%s</manifest>
            <spine>%s</spine>
          </package>
          """.formatted(isbn, title, author, manifest, spine));
      put(zip, "EPUB/nav.xhtml", page("Contents", "<nav epub:type=\"toc\"><ol><li><a href=\"c1.xhtml\">Chapter 1</a></li></ol></nav>"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  private static String page(String title, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
        <head><title>%s</title></head><body>%s</body></html>
        """.formatted(title, body);
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** A PDF of this many pages with title and author in its document information. */
  static byte[] pdf(String title, String author, int pages) {
    return pdfOf(title, author, pages, false);
  }

  /** A valid one-page PDF of about megabytes MB: the page and an attachment of random bytes stored uncompressed. */
  static byte[] bigPdf(String title, int megabytes) {
    byte[] noise = new byte[megabytes * 1024 * 1024];
    new java.util.SplittableRandom(megabytes).nextBytes(noise);
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream(noise.length + 4096)) {
      pdf.addPage(new PDPage());
      pdf.getDocumentInformation().setTitle(title);
      PDEmbeddedFile data = new PDEmbeddedFile(pdf, new java.io.ByteArrayInputStream(noise));
      data.setSize(noise.length);
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("noise.bin");
      spec.setEmbeddedFile(data);
      PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
      files.setNames(java.util.Map.of("noise.bin", spec));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
      names.setEmbeddedFiles(files);
      pdf.getDocumentCatalog().setNames(names);
      pdf.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A PDF that needs a password to open. */
  static byte[] encryptedPdf() {
    return pdfOf("Secret", "Nobody", 1, true);
  }

  private static byte[] pdfOf(String title, String author, int pages, boolean encrypted) {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      for (int i = 0; i < pages; i++) {
        pdf.addPage(new PDPage());
      }
      pdf.getDocumentInformation().setTitle(title);
      pdf.getDocumentInformation().setAuthor(author);
      if (encrypted) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "reader-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        pdf.protect(policy);
      }
      pdf.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

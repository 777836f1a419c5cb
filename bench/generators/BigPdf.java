import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Writes a valid PDF of about N MB for the hosted-content benchmark: one page, and an attachment of N MB of
 * pseudo-random bytes stored without compression (so the file is as large as asked and does not compress).
 * Run with the module's fat jar on the class path: java -cp target/mod-access-services-fat.jar BigPdf.java out.pdf 200
 */
public final class BigPdf {
  public static void main(String[] args) throws IOException {
    long bytes = Long.parseLong(args[1]) * 1024 * 1024;
    try (PDDocument pdf = new PDDocument(); OutputStream out = new FileOutputStream(args[0])) {
      pdf.addPage(new PDPage());
      pdf.getDocumentInformation().setTitle("Benchmark volume of " + args[1] + " MB");
      pdf.getDocumentInformation().setAuthor("Bench Generator");
      PDEmbeddedFile data = new PDEmbeddedFile(pdf, new RandomBytes(bytes));
      data.setSize((int) Math.min(Integer.MAX_VALUE, bytes));
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("data.bin");
      spec.setEmbeddedFile(data);
      PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
      files.setNames(Map.of("data.bin", spec));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
      names.setEmbeddedFiles(files);
      pdf.getDocumentCatalog().setNames(names);
      pdf.save(out);
    }
  }

  /** A stream of n pseudo-random bytes. */
  private static final class RandomBytes extends InputStream {
    private final SplittableRandom random = new SplittableRandom(42);
    private long left;

    RandomBytes(long n) {
      this.left = n;
    }

    @Override
    public int read() {
      if (left <= 0) {
        return -1;
      }
      left--;
      return random.nextInt(256);
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) random.nextInt(256);
      }
      left -= n;
      return n;
    }
  }
}

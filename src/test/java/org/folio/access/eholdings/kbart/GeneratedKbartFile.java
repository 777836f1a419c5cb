package org.folio.access.eholdings.kbart;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A KBART file of any length made up on the fly, line by line, so that tests can upload millions of lines
 * without a file: even lines are journals with an ISSN, odd lines books with an ISBN-13; every line valid.
 */
final class GeneratedKbartFile extends InputStream {
  private final int lines;
  private final int offset;
  private int next = -1;
  private byte[] current = new byte[0];
  private int position;

  /** `lines` title lines after the header; title numbers start at `offset`, so files can differ. */
  GeneratedKbartFile(int lines, int offset) {
    this.lines = lines;
    this.offset = offset;
  }

  static String line(int n) {
    boolean journal = n % 2 == 0;
    String id = journal ? Isxn.issnOf(n) : Isxn.isbnOf(n);
    String[] f = new String[KbartHeader.COLUMNS.size()];
    java.util.Arrays.fill(f, "");
    f[0] = (journal ? "Generated Journal of Studies " : "Generated Handbook of Methods ") + n;
    f[2] = id;
    f[3] = journal ? String.valueOf(1950 + n % 70) : "";
    f[9] = "https://content.example.org/titles/" + n;
    f[10] = journal ? "" : "Author Number " + n;
    f[11] = "t" + n;
    f[12] = n % 3 == 0 ? "R1Y" : "";
    f[15] = "Generated Publisher " + n % 50;
    f[16] = journal ? "serial" : "monograph";
    return String.join("\t", f);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    int done = 0;
    while (done < len) {
      if (position == current.length && !advance()) {
        return done == 0 ? -1 : done;
      }
      int n = Math.min(len - done, current.length - position);
      System.arraycopy(current, position, b, off + done, n);
      position += n;
      done += n;
    }
    return done;
  }

  private boolean advance() {
    if (next >= lines) {
      return false;
    }
    String text = next < 0 ? String.join("\t", KbartHeader.COLUMNS) : line(offset + next);
    current = (text + "\n").getBytes(StandardCharsets.UTF_8);
    position = 0;
    next++;
    return true;
  }
}

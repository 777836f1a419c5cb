package org.folio.access.eholdings.kbart;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a byte stream that arrives in chunks into numbered UTF-8 lines: LF, CRLF or CR (old Mac files) line ends,
 * also a CRLF split across chunks, a byte order mark at the start dropped, a last line without a line end kept. A line longer than the limit is not held:
 * the rest of it is skipped and the line is reported as too long, so memory stays bounded by the limit
 * whatever the stream holds.
 */
final class LineSplitter {
  /** Receives the lines in order; `text` is null when the line was longer than the limit. */
  interface Sink {
    void line(int lineNo, String text);
  }

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private final int maxLineBytes;
  private final Sink sink;
  private byte[] pending = new byte[256];
  private int length;
  private boolean tooLong;
  private int lineNo;
  /** The last byte was a CR: an LF right after it ends no further line. */
  private boolean afterCr;

  LineSplitter(int maxLineBytes, Sink sink) {
    this.maxLineBytes = maxLineBytes;
    this.sink = sink;
  }

  void feed(byte[] chunk) {
    int from = 0;
    for (int i = 0; i < chunk.length; i++) {
      byte b = chunk[i];
      if (b == '\n' || b == '\r') {
        if (b == '\n' && afterCr) {
          from = i + 1;
        } else {
          append(chunk, from, i);
          emit();
          from = i + 1;
        }
      }
      afterCr = b == '\r';
    }
    append(chunk, from, chunk.length);
  }

  /** Ends the stream: a last line without a line end is a line too. */
  void finish() {
    if (length > 0 || tooLong) {
      emit();
    }
  }

  /** Lines emitted so far, empty ones included. */
  int lines() {
    return lineNo;
  }

  private void append(byte[] chunk, int from, int to) {
    int n = to - from;
    if (n == 0 || tooLong) {
      return;
    }
    if (length + n > maxLineBytes) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + n > pending.length) {
      pending = Arrays.copyOf(pending, Math.min(maxLineBytes, Math.max(pending.length * 2, length + n)));
    }
    System.arraycopy(chunk, from, pending, length, n);
    length += n;
  }

  private void emit() {
    lineNo++;
    if (tooLong) {
      sink.line(lineNo, null);
    } else {
      int start = lineNo == 1 && length >= 3 && Arrays.equals(pending, 0, 3, BOM, 0, 3) ? 3 : 0;
      sink.line(lineNo, new String(pending, start, length - start, StandardCharsets.UTF_8));
    }
    length = 0;
    tooLong = false;
  }
}

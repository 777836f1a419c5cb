package org.folio.access.eholdings.kbart;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines of one KBART file as they arrive: the first non-empty line is the header, every other
 * non-empty line is a title line that is accepted into the current batch or rejected. Holds at most one
 * batch and the first rejections, whatever the size of the file.
 */
final class KbartReader implements LineSplitter.Sink {
  /** How many rejected lines an import keeps with their reasons; the rest are only counted. */
  static final int REJECTIONS_KEPT = 1000;
  private final String providerKey;
  private final String contentType;
  private final int maxLineBytes;
  private KbartLineParser parser;
  private List<KbartLine.Accepted> batch = new ArrayList<>();
  private final List<KbartLine.Rejected> rejected = new ArrayList<>();
  private final List<KbartLine.Rejected> warnings = new ArrayList<>();
  private int linesWarned;
  private int linesRead;
  private int accepted;
  private int rejectedTotal;

  KbartReader(String providerKey, String contentType, int maxLineBytes) {
    this.providerKey = providerKey;
    this.contentType = contentType;
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public void line(int lineNo, String text) {
    if (parser == null) {
      readHeader(text);
      return;
    }
    if (text != null && text.isBlank()) {
      return;
    }
    linesRead++;
    KbartLine line = text == null
        ? new KbartLine.Rejected(lineNo, "the line is longer than " + maxLineBytes + " bytes")
        : parser.parse(lineNo, text);
    if (line instanceof KbartLine.Accepted a) {
      batch.add(a);
      accepted++;
      warn(a);
    } else {
      rejectedTotal++;
      if (rejected.size() < REJECTIONS_KEPT) {
        rejected.add((KbartLine.Rejected) line);
      }
    }
  }

  /** Keeps the first warnings (one entry per warning, with its line number) and counts the lines that had any. */
  private void warn(KbartLine.Accepted line) {
    if (line.warnings().isEmpty()) {
      return;
    }
    linesWarned++;
    for (String warning : line.warnings()) {
      if (warnings.size() < REJECTIONS_KEPT) {
        warnings.add(new KbartLine.Rejected(line.lineNo(), warning));
      }
    }
  }

  private void readHeader(String text) {
    if (text == null) {
      throw KbartHeader.notKbart("its first line is longer than " + maxLineBytes + " bytes");
    }
    if (!text.isBlank()) {
      parser = new KbartLineParser(KbartHeader.parse(text), providerKey, contentType);
    }
  }

  /** The accepted lines since the last call, to be staged. */
  List<KbartLine.Accepted> takeBatch() {
    List<KbartLine.Accepted> taken = batch;
    batch = new ArrayList<>();
    return taken;
  }

  int batchSize() {
    return batch.size();
  }

  boolean sawHeader() {
    return parser != null;
  }

  int linesRead() {
    return linesRead;
  }

  int accepted() {
    return accepted;
  }

  int rejectedTotal() {
    return rejectedTotal;
  }

  int linesWarned() {
    return linesWarned;
  }

  /** The first warnings, as line number and what was dropped from the line. */
  List<KbartLine.Rejected> warningsFirst() {
    return List.copyOf(warnings);
  }

  List<KbartLine.Rejected> rejectedFirst() {
    return List.copyOf(rejected);
  }
}

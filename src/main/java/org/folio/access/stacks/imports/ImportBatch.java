package org.folio.access.stacks.imports;

import java.util.ArrayList;
import java.util.List;

/** The lines of an upload not staged yet, and the counts and first rejections of the whole upload. */
final class ImportBatch {
  static final int REJECTED_KEPT = 1000;
  private List<ImportLine.Bib> bibs = new ArrayList<>();
  private List<ImportLine.Item> items = new ArrayList<>();
  private final List<ImportLine.Rejected> rejected = new ArrayList<>();
  private int linesRead;
  private int accepted;
  private int rejectedTotal;
  private int lastLine;

  void add(ImportLine line) {
    linesRead++;
    lastLine = line.lineNo();
    if (line instanceof ImportLine.Bib b) {
      bibs.add(b);
      accepted++;
    } else if (line instanceof ImportLine.Item i) {
      items.add(i);
      accepted++;
    } else if (line instanceof ImportLine.Rejected r) {
      rejectedTotal++;
      if (rejected.size() < REJECTED_KEPT) {
        rejected.add(r);
      }
    }
  }

  int size() {
    return bibs.size() + items.size();
  }

  /** The lines not staged yet; the batch starts empty again. */
  Staged take() {
    Staged staged = new Staged(bibs, items);
    bibs = new ArrayList<>();
    items = new ArrayList<>();
    return staged;
  }

  /** Lines to stage together. */
  record Staged(List<ImportLine.Bib> bibs, List<ImportLine.Item> items) {}

  int linesRead() {
    return linesRead;
  }

  int accepted() {
    return accepted;
  }

  int rejectedTotal() {
    return rejectedTotal;
  }

  int lastLine() {
    return lastLine;
  }

  List<ImportLine.Rejected> rejected() {
    return rejected;
  }
}

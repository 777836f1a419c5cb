package org.folio.access.eholdings.kbart;

/** What the merge has done so far: staged lines merged, and titles added to, updated in, unchanged in and removed from the package. */
record MergeCounts(int linesMerged, int added, int updated, int unchanged, int removed) {
  static final MergeCounts NONE = new MergeCounts(0, 0, 0, 0, 0);

  MergeCounts plus(MergeCounts other) {
    return new MergeCounts(linesMerged + other.linesMerged, added + other.added, updated + other.updated,
        unchanged + other.unchanged, removed + other.removed);
  }
}

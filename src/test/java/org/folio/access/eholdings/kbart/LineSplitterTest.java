package org.folio.access.eholdings.kbart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
  private final List<String> lines = new ArrayList<>();
  private final LineSplitter splitter = new LineSplitter(32, (n, text) -> lines.add(n + ":" + text));

  @Test
  void crlfAndLfEndLinesAndALastLineWithoutEndIsKept() {
    feed("a\tb\r\nc\td\ne");
    splitter.finish();
    assertEquals(List.of("1:a\tb", "2:c\td", "3:e"), lines);
  }

  @Test
  void aByteOrderMarkAtTheStartIsDroppedEvenWhenItArrivesByteByByte() {
    byte[] all = "\uFEFFpublication_title\nx\n".getBytes(StandardCharsets.UTF_8);
    for (byte b : all) {
      splitter.feed(new byte[] {b});
    }
    splitter.finish();
    assertEquals(List.of("1:publication_title", "2:x"), lines);
  }

  @Test
  void aCharacterSplitAcrossChunksIsDecodedWhole() {
    byte[] all = "Écologie\n".getBytes(StandardCharsets.UTF_8);
    splitter.feed(Arrays.copyOfRange(all, 0, 1));
    splitter.feed(Arrays.copyOfRange(all, 1, all.length));
    assertEquals(List.of("1:Écologie"), lines);
  }

  @Test
  void aLineLongerThanTheLimitIsReportedWithoutItsTextAndTheNextLineIsRead() {
    feed("short\n" + "x".repeat(20));
    feed("y".repeat(20) + "\nafter\n");
    splitter.finish();
    assertEquals(List.of("1:short", "2:null", "3:after"), lines);
  }

  @Test
  void crOnlyLineEndsAsInOldMacFilesEndLines() {
    feed("publication_title\rA\rB\r");
    splitter.finish();
    assertEquals(List.of("1:publication_title", "2:A", "3:B"), lines);
  }

  @Test
  void aCrlfSplitAcrossChunksEndsOneLineAndEmptyCrLinesKeepTheirNumbers() {
    feed("a\r");
    feed("\nb\r\rc");
    splitter.finish();
    assertEquals(List.of("1:a", "2:b", "3:", "4:c"), lines);
  }

  @Test
  void emptyLinesKeepTheirNumbers() {
    feed("a\n\nb\n");
    splitter.finish();
    assertEquals(List.of("1:a", "2:", "3:b"), lines);
  }

  private void feed(String text) {
    splitter.feed(text.getBytes(StandardCharsets.UTF_8));
  }
}

package org.folio.access.circulation.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {
  @Test
  void aRangeFromTo() throws Exception {
    assertEquals(Optional.of(new ByteRange(10, 19)), ByteRange.of("bytes=10-19", 100));
  }

  @Test
  void anOpenEndedRangeRunsToTheLastByte() throws Exception {
    assertEquals(Optional.of(new ByteRange(90, 99)), ByteRange.of("bytes=90-", 100));
  }

  @Test
  void aSuffixRangeIsTheLastBytes() throws Exception {
    assertEquals(Optional.of(new ByteRange(70, 99)), ByteRange.of("bytes=-30", 100));
    assertEquals(Optional.of(new ByteRange(0, 99)), ByteRange.of("bytes=-300", 100));
  }

  @Test
  void anEndPastTheFileIsCutToItsLastByte() throws Exception {
    assertEquals(Optional.of(new ByteRange(50, 99)), ByteRange.of("bytes=50-5000", 100));
  }

  @Test
  void aStartPastTheFileCannotBeMet() {
    assertThrows(ByteRange.NotSatisfiable.class, () -> ByteRange.of("bytes=100-", 100));
    assertThrows(ByteRange.NotSatisfiable.class, () -> ByteRange.of("bytes=-0", 100));
  }

  @Test
  void malformedOrSeveralRangesMeanTheWholeFile() throws Exception {
    for (String header : new String[] {null, "items=1-2", "bytes=a-b", "bytes=5", "bytes=1-2,4-5", "bytes=9-3", "bytes=-"}) {
      assertEquals(Optional.empty(), ByteRange.of(header, 100), String.valueOf(header));
    }
  }
}

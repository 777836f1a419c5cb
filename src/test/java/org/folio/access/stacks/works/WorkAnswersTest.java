package org.folio.access.stacks.works;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

class WorkAnswersTest {
  private static WorkAnswers.Answer answer(long version, int bytes) {
    return new WorkAnswers.Answer(version, "calendar", Buffer.buffer(new byte[bytes]));
  }

  @Test
  void answersAreKeptPerTenantAndWorkAndReplacedWithTheirBytesCounted() {
    WorkAnswers answers = new WorkAnswers(10_000);
    WorkAnswers.Answer first = answer(1, 100);
    answers.put("a", "w1", first);
    answers.put("b", "w1", answer(7, 200));
    assertSame(first, answers.get("a", "w1"));
    assertEquals(7, answers.get("b", "w1").version());
    assertNull(answers.get("a", "w2"));
    answers.put("a", "w1", answer(2, 50));
    assertEquals(250, answers.bytes());
    answers.remove("b", "w1");
    answers.remove("b", "w1");
    assertEquals(50, answers.bytes());
  }

  @Test
  void pastTheBoundAnswersAreDroppedUntilAQuarterIsFreeAndAnAnswerTooBigIsNotKept() {
    WorkAnswers answers = new WorkAnswers(1_000);
    for (int i = 0; i < 20; i++) {
      answers.put("a", "w" + i, answer(i, 100));
      assertTrue(answers.bytes() <= 1_000, String.valueOf(answers.bytes()));
    }
    answers.put("a", "big", answer(1, 251));
    assertNull(answers.get("a", "big"));
    answers.put("a", "w0", answer(99, 100));
    assertEquals(99, answers.get("a", "w0").version());
  }
}

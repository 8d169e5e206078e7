package io.github.collabkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResolutionScoreTest {

  @Test
  void countsPrecisionRecallAndF1() {
    ResolutionScore s = new ResolutionScore(10, 8, 5, 4);
    assertEquals(0.8, s.precision(), 1e-12);
    assertEquals(0.5, s.recall(), 1e-12);
    assertEquals(2 * 0.8 * 0.5 / 1.3, s.f1(), 1e-12);
    assertEquals(1, s.wrong());
  }

  @Test
  void noAnswersIsFullPrecisionAndNoExpectedIsFullRecall() {
    assertEquals(1, new ResolutionScore(3, 3, 0, 0).precision());
    assertEquals(1, new ResolutionScore(3, 0, 2, 0).recall());
    assertEquals(0, new ResolutionScore(3, 3, 2, 0).f1());
  }

  @Test
  void rejectsMoreRightAnswersThanAnswers() {
    assertThrows(IllegalArgumentException.class, () -> new ResolutionScore(3, 3, 1, 2));
  }
}

package io.github.collabkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResolutionScoreTest {

  @Test
  void countsPrecisionRecallAndF1() {
    ResolutionScore s = new ResolutionScore(10, 8, 5, 5, 4);
    assertEquals(0.8, s.precision(), 1e-12);
    assertEquals(0.5, s.recall(), 1e-12);
    assertEquals(2 * 0.8 * 0.5 / 1.3, s.f1(), 1e-12);
    assertEquals(1, s.wrong());
  }

  @Test
  void noAnswersIsFullPrecisionAndNoExpectedIsFullRecall() {
    assertEquals(1, new ResolutionScore(3, 3, 0, 0, 0).precision());
    assertEquals(1, new ResolutionScore(3, 0, 2, 0, 0).recall());
    assertEquals(0, new ResolutionScore(3, 3, 2, 2, 0).f1());
  }

  @Test
  void rejectsMoreRightAnswersThanAnswers() {
    assertThrows(IllegalArgumentException.class, () -> new ResolutionScore(3, 3, 1, 1, 2));
  }

  @Test
  void countsRecallAsRorsCalculateFScoreDoesWhereAWrongAnswerIsNoMiss() {
    ResolutionScore s = ResolutionScore.of(
        List.of(Set.of("a"), Set.of("b"), Set.of("b"), Set.of()),
        Arrays.asList("a", "a", "", null));
    assertEquals(4, s.total());
    assertEquals(3, s.expected());
    assertEquals(2, s.answered());
    assertEquals(2, s.answeredExpected());
    assertEquals(1, s.right());
    assertEquals(1 / 3.0, s.recall(), 1e-12, "ours: the wrong answer is also a miss");
    assertEquals(0.5, s.rorRecall(), 1e-12, "ROR: only the unanswered labelled query is a miss");
    assertEquals(0.5, s.rorF1(), 1e-12);
  }

  @Test
  void countsAnAnswerToAQueryWithoutGoldAsWrong() {
    ResolutionScore s = ResolutionScore.of(List.of(Set.of(), Set.of("a")), List.of("x", "a"));
    assertEquals(0.5, s.precision(), 1e-12);
    assertEquals(1, s.recall(), 1e-12);
    assertEquals(1, s.wrong());
  }

  @Test
  void rejectsAnswersThatDoNotPairWithTheQueries() {
    assertThrows(IllegalArgumentException.class,
        () -> ResolutionScore.of(List.of(Set.of("a")), List.of("a", "b")));
  }
}

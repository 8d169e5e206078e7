package io.github.collabkit.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyzerTest {
  private static final Analyzer ANALYZER = new Analyzer(Lexicon.standard());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a footnote number before a department ends a part | University of Oslo 2 Department of Biosciences | 2 | university oslo / department bioscience",
      "a number before a word that begins no unit stays | Universite Paris 7 Denis Diderot | 1 | university paris 7 denis diderot",
      "a number before a lower-case unit word stays | Building 2 department store | 1 | building 2 department store",
      "a number at the end of a part stays | Hospital Unit 12, Department of Surgery | 2 | hospital unit 12 / department surgery"})
  void readsAFootnoteNumberBeforeAUnitNameAsTheEndOfAPart(String kase, String text, int parts,
      String words) {
    Analyzer.Analyzed a = ANALYZER.analyze(text);
    StringBuilder b = new StringBuilder();
    for (int p = 0; p < a.size; p++) {
      if (p > 0) {
        b.append(a.segment[p] != a.segment[p - 1] ? " / " : " ");
      }
      b.append(a.words[p]);
    }
    assertEquals(parts, a.segments, () -> kase + ": " + Arrays.toString(a.segment));
    assertEquals(words, b.toString(), kase);
  }
}
